// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.URIish;
import org.throughline.model.Model;
import org.throughline.model.api.CanonicalFiles;
import org.throughline.model.api.ModelFiles;
import org.throughline.model.api.ModelLoadException;
import org.throughline.team.internal.Commits;
import org.throughline.team.internal.Messages;

/**
 * A folder of models shared in Git, through JGit (no {@code git} command needed): clone, share,
 * commit, pull with the model-aware merge, push to any remote, and the history of a model and of
 * one of its elements. Used by the workbench's Team menu; headless, so it runs in tests and
 * scripts too.
 * <p>
 * Pulling merges each model file that both sides changed with {@link ModelMerge}, never with Git's
 * line merge: element by element, feature by feature. When the merge leaves conflicts the merged
 * files (our side kept where they conflict) are written and staged, the repository stays in the
 * middle of its merge, and {@link #commit(String, List)} completes it once the conflicts are
 * resolved. Paths are relative to the repository's root, with {@code /}.
 */
public final class ModelRepository implements AutoCloseable {

    /** The remote a clone, a pull and a push use. */
    public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;

    private static final String SUFFIX = "." + ModelFiles.FILE_EXTENSION; //$NON-NLS-1$

    /**
     * A commit, as a history lists it.
     *
     * @param id      the commit's full id
     * @param message its first line
     * @param author  its author's name
     * @param when    when it was made
     * @param tags    the tags that name it (a stocktake, say), or none
     */
    public record ModelCommit(String id, String message, String author, Instant when, List<String> tags) {

        /** @return the first 7 characters of the id, as Git shows it */
        public String shortId() {
            return id.substring(0, Math.min(7, id.length()));
        }
    }

    /**
     * A commit in which one element changed.
     *
     * @param commit  the commit
     * @param changes what changed about the element against the version before
     */
    public record ElementVersion(ModelCommit commit, List<ModelChange> changes) {
    }

    /**
     * A file changed in the working folder since the last commit.
     *
     * @param path  its path in the repository
     * @param state what happened to it
     */
    public record FileChange(String path, State state) {

        /** What happened to a file. */
        public enum State {
            /** New, never committed. */
            ADDED,
            /** Changed. */
            MODIFIED,
            /** Deleted. */
            DELETED,
            /** Left unmerged by a pull. */
            CONFLICTING
        }
    }

    /**
     * What the merge of one model file did in a pull.
     *
     * @param path      the model file
     * @param applied   how many of their changes were applied
     * @param conflicts the conflicts (our side kept in the file), empty when it merged cleanly
     */
    public record ModelFileMerge(String path, int applied, List<MergeConflict> conflicts) {
    }

    /**
     * What a pull did.
     *
     * @param outcome          what happened
     * @param theirs           the commit pulled (their side), or {@code null} when nothing came
     * @param models           the model files both sides changed, merged by element
     * @param otherConflicts   other files Git could not merge (resolve them outside Throughline)
     */
    public record PullResult(Outcome outcome, String theirs, List<ModelFileMerge> models, List<String> otherConflicts) {

        /** What a pull did. */
        public enum Outcome {
            /** Nothing new on the remote. */
            UP_TO_DATE,
            /** We had nothing of our own: the folder now holds their version. */
            FAST_FORWARD,
            /** Both sides' changes merged and committed. */
            MERGED,
            /** Merged, with conflicts to resolve before the merge is committed. */
            CONFLICTS
        }

        /** @return the conflicts of every model file */
        public int conflictCount() {
            int count = 0;
            for (ModelFileMerge model : models) {
                count += model.conflicts().size();
            }
            return count;
        }
    }

    private final Git git;
    private final Repository repository;

    private ModelRepository(Git git) {
        this.git = git;
        this.repository = git.getRepository();
    }

    /**
     * Opens the repository that holds a folder or file.
     *
     * @param place a folder or file inside the repository's working folder
     * @return the repository
     * @throws TeamException when it is in none
     */
    public static ModelRepository open(Path place) throws TeamException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(place.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new TeamException(Messages.bind(Messages.repository_none, place));
        }
        try {
            Repository repository = builder.build();
            if (repository.isBare()) {
                repository.close();
                throw new TeamException(Messages.bind(Messages.repository_none, place));
            }
            return new ModelRepository(new Git(repository));
        } catch (IOException e) {
            throw new TeamException(Messages.bind(Messages.repository_cannotOpen, place, e.getMessage()), e);
        }
    }

    /**
     * Shares a folder in Git: a new repository there, every file in it in a first commit (the
     * backup copies saving keeps left out), and a remote when one is given.
     *
     * @param folder  the folder of models
     * @param message the first commit's message
     * @param remote  the URL of the remote to push to, or {@code null}
     * @return the repository
     * @throws TeamException when the folder is already in a repository, or Git fails
     */
    public static ModelRepository share(Path folder, String message, String remote) throws TeamException {
        if (new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile()).getGitDir() != null) {
            throw new TeamException(Messages.bind(Messages.repository_alreadyShared, folder));
        }
        try {
            Path ignore = folder.resolve(Constants.GITIGNORE_FILENAME);
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "*.bak\n"); //$NON-NLS-1$
            }
            Git git = Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call(); //$NON-NLS-1$
            ModelRepository shared = new ModelRepository(git);
            git.add().addFilepattern(".").call(); //$NON-NLS-1$
            git.commit().setMessage(message).call();
            if (remote != null && !remote.isBlank()) {
                shared.setRemote(remote);
            }
            return shared;
        } catch (GitAPIException | IOException e) {
            throw new TeamException(Messages.bind(Messages.repository_failed, folder, e.getMessage()), e);
        }
    }

    /**
     * Clones a repository of models.
     *
     * @param url         where it is: a path, {@code file://}, {@code http(s)://} or any URL Git knows
     * @param folder      the new working folder (missing or empty)
     * @param credentials who we are to the remote, or {@code null}
     * @return the clone
     * @throws TeamException when the folder is not empty or the clone fails
     */
    public static ModelRepository cloneFrom(String url, Path folder, CredentialsProvider credentials) throws TeamException {
        try {
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new TeamException(Messages.bind(Messages.clone_notEmpty, folder));
                    }
                }
            }
            return new ModelRepository(Git.cloneRepository().setURI(url).setDirectory(folder.toFile())
                    .setCredentialsProvider(credentials).call());
        } catch (TransportException e) {
            throw new TeamException(Messages.bind(Messages.remote_failed, url, e.getMessage()), e);
        } catch (GitAPIException | IOException e) {
            throw new TeamException(Messages.bind(Messages.clone_failed, url, e.getMessage()), e);
        }
    }

    /** @return the repository's working folder */
    public Path root() {
        return repository.getWorkTree().toPath();
    }

    /**
     * @param file a file in the working folder
     * @return its path in the repository
     */
    public String path(Path file) {
        return root().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** @return the URL of the remote, or {@code null} when there is none */
    public String remote() {
        return repository.getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL);
    }

    /**
     * Sets the remote pulls and pushes use, and makes the current branch follow its branch of
     * the same name.
     *
     * @param url the remote's URL
     * @throws TeamException when the URL is not one or the configuration cannot be written
     */
    public void setRemote(String url) throws TeamException {
        try {
            new URIish(url);
            StoredConfig config = repository.getConfig();
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, ConfigConstants.CONFIG_KEY_URL, url);
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, REMOTE, "fetch", "+refs/heads/*:refs/remotes/" + REMOTE + "/*"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String branch = repository.getBranch();
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, REMOTE);
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE, Constants.R_HEADS + branch);
            config.save();
        } catch (java.net.URISyntaxException e) {
            throw new TeamException(Messages.bind(Messages.remote_badUrl, url), e);
        } catch (IOException e) {
            throw new TeamException(Messages.bind(Messages.repository_failed, root(), e.getMessage()), e);
        }
    }

    /**
     * @return the files changed since the last commit, model files first, each by path
     * @throws TeamException when Git fails
     */
    public List<FileChange> changes() throws TeamException {
        try {
            Status status = git.status().call();
            Map<String, FileChange.State> states = new HashMap<>();
            status.getUntracked().forEach(path -> states.put(path, FileChange.State.ADDED));
            status.getAdded().forEach(path -> states.put(path, FileChange.State.ADDED));
            status.getModified().forEach(path -> states.put(path, FileChange.State.MODIFIED));
            status.getChanged().forEach(path -> states.put(path, FileChange.State.MODIFIED));
            status.getMissing().forEach(path -> states.put(path, FileChange.State.DELETED));
            status.getRemoved().forEach(path -> states.put(path, FileChange.State.DELETED));
            status.getConflicting().forEach(path -> states.put(path, FileChange.State.CONFLICTING));
            List<FileChange> changes = new ArrayList<>();
            states.forEach((path, state) -> {
                if (!path.endsWith(".bak")) { //$NON-NLS-1$
                    changes.add(new FileChange(path, state));
                }
            });
            changes.sort(Comparator.comparing((FileChange change) -> !change.path().endsWith(SUFFIX)).thenComparing(FileChange::path));
            return changes;
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /** @return whether a pull left a merge to complete with {@link #commit(String, List)} */
    public boolean isMerging() {
        RepositoryState state = repository.getRepositoryState();
        return state == RepositoryState.MERGING || state == RepositoryState.MERGING_RESOLVED;
    }

    /**
     * Commits files: their changes, additions and deletions. In the middle of a pull's merge, this
     * commits the merge (both sides as parents).
     *
     * @param message the commit's message
     * @param paths   the files to commit (paths in the repository)
     * @return the commit
     * @throws TeamException when there is no message, or Git fails
     */
    public ModelCommit commit(String message, List<String> paths) throws TeamException {
        if (message == null || message.isBlank()) {
            throw new TeamException(Messages.commit_noMessage);
        }
        try {
            for (String path : paths) {
                if (Files.exists(root().resolve(path))) {
                    git.add().addFilepattern(path).call();
                } else {
                    git.rm().setCached(true).addFilepattern(path).call();
                }
            }
            if (repository.getRepositoryState() == RepositoryState.MERGING) {
                throw new TeamException(Messages.bind(Messages.commit_unmerged, String.join(", ", git.status().call().getConflicting()))); //$NON-NLS-1$
            }
            return commitOf(git.commit().setMessage(message).call(), Map.of());
        } catch (GitAPIException e) {
            throw failed(e);
        }
    }

    /**
     * Fetches from the remote and merges what came: model files changed on both sides by
     * {@link ModelMerge}, other files by Git. A clean merge is committed; a merge with conflicts
     * is left to complete with {@link #commit(String, List)}.
     *
     * @param credentials who we are to the remote, or {@code null}
     * @return what happened
     * @throws TeamException when there is no remote, uncommitted changes are in the way, a merge
     *                       is already under way, or Git fails
     */
    public PullResult pull(CredentialsProvider credentials) throws TeamException {
        String url = requireRemote();
        if (isMerging()) {
            throw new TeamException(Messages.pull_merging);
        }
        try {
            if (hasTrackedChanges()) {
                throw new TeamException(Messages.pull_uncommitted);
            }
            git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials).call();
            String branch = repository.getBranch();
            String upstream = repository.getConfig().getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch,
                    ConfigConstants.CONFIG_KEY_MERGE);
            String tracking = Constants.R_REMOTES + REMOTE + '/' + Repository.shortenRefName(upstream == null ? branch : upstream);
            Ref theirRef = repository.exactRef(tracking);
            ObjectId head = repository.resolve(Constants.HEAD);
            if (theirRef == null || head == null) {
                return new PullResult(PullResult.Outcome.UP_TO_DATE, null, List.of(), List.of());
            }
            return merge(head, theirRef.getObjectId());
        } catch (TransportException e) {
            throw new TeamException(Messages.bind(Messages.remote_failed, url, e.getMessage()), e);
        } catch (GitAPIException | IOException e) {
            throw failed(e);
        }
    }

    /**
     * The conflicts of the merge under way, worked out again from its commits: after the workbench
     * was closed in the middle of a merge, the same list the pull gave (the files are not touched).
     *
     * @return the merge's model files that have conflicts, or {@code null} when no merge is under way
     * @throws TeamException when Git fails
     */
    public PullResult pendingMerge() throws TeamException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            ObjectId theirs = repository.resolve(Constants.MERGE_HEAD);
            if (!isMerging() || head == null || theirs == null) {
                return null;
            }
            RevCommit ours = walk.parseCommit(head);
            RevCommit their = walk.parseCommit(theirs);
            RevCommit base = Commits.base(repository, head, theirs);
            List<ModelFileMerge> models = new ArrayList<>();
            for (String path : Commits.changedOnBothSides(repository, base, ours, their, SUFFIX)) {
                ModelFileMerge merged = mergeModel(path, base, ours, their, false);
                if (merged != null && !merged.conflicts().isEmpty()) {
                    models.add(merged);
                }
            }
            return new PullResult(PullResult.Outcome.CONFLICTS, their.getName(), models, List.of());
        } catch (IOException | GitAPIException e) {
            throw failed(e);
        }
    }

    private boolean hasTrackedChanges() throws GitAPIException {
        Status status = git.status().call();
        return !(status.getModified().isEmpty() && status.getChanged().isEmpty() && status.getAdded().isEmpty()
                && status.getRemoved().isEmpty() && status.getMissing().isEmpty());
    }

    private PullResult merge(ObjectId head, ObjectId theirs) throws IOException, GitAPIException, TeamException {
        RevCommit ourCommit;
        RevCommit theirCommit;
        try (RevWalk walk = new RevWalk(repository)) {
            ourCommit = walk.parseCommit(head);
            theirCommit = walk.parseCommit(theirs);
        }
        RevCommit baseCommit = Commits.base(repository, head, theirs);
        String theirId = theirCommit.getName();
        if (baseCommit != null && baseCommit.equals(theirCommit)) {
            return new PullResult(PullResult.Outcome.UP_TO_DATE, theirId, List.of(), List.of());
        }
        if (baseCommit != null && baseCommit.equals(ourCommit)) {
            MergeResult result = git.merge().include(theirCommit).setFastForward(FastForwardMode.FF_ONLY).call();
            if (!result.getMergeStatus().isSuccessful()) {
                throw new TeamException(Messages.bind(Messages.pull_failed, result.getMergeStatus()));
            }
            return new PullResult(PullResult.Outcome.FAST_FORWARD, theirId, List.of(), List.of());
        }
        Set<String> bothChanged = Commits.changedOnBothSides(repository, baseCommit, ourCommit, theirCommit, SUFFIX);
        MergeResult result = git.merge().include(theirCommit).setCommit(false).setFastForward(FastForwardMode.NO_FF).call();
        if (result.getMergeStatus() == MergeResult.MergeStatus.FAILED || result.getMergeStatus() == MergeResult.MergeStatus.ABORTED) {
            throw new TeamException(Messages.bind(Messages.pull_failed, result.getFailingPaths() == null ? result.getMergeStatus()
                    : String.join(", ", result.getFailingPaths().keySet()))); //$NON-NLS-1$
        }
        Set<String> otherConflicts = new TreeSet<>(result.getConflicts() == null ? Set.of() : result.getConflicts().keySet());
        List<ModelFileMerge> models = new ArrayList<>();
        boolean conflicts = false;
        for (String path : bothChanged) {
            ModelFileMerge merged = mergeModel(path, baseCommit, ourCommit, theirCommit, true);
            if (merged == null) {
                continue;
            }
            otherConflicts.remove(path);
            models.add(merged);
            conflicts |= !merged.conflicts().isEmpty();
        }
        if (!conflicts && otherConflicts.isEmpty()) {
            git.commit().setMessage(Messages.bind(Messages.pull_mergeMessage, remote())).call();
            return new PullResult(PullResult.Outcome.MERGED, theirId, models, List.of());
        }
        return new PullResult(PullResult.Outcome.CONFLICTS, theirId, models, List.copyOf(otherConflicts));
    }

    /** Merges one model file by element, and (when {@code write}) writes it canonically and stages it; null when a side is not a model. */
    private ModelFileMerge mergeModel(String path, RevCommit base, RevCommit ours, RevCommit theirs, boolean write)
            throws IOException, GitAPIException {
        Resource baseModel = base == null ? null : loadQuietly(path, base);
        Resource ourModel = loadQuietly(path, ours);
        Resource theirModel = loadQuietly(path, theirs);
        if (ourModel == null || theirModel == null) {
            return null;
        }
        ModelMerge.Result result = ModelMerge.merge(baseModel == null ? ModelIndex.empty() : ModelIndex.of(baseModel), ourModel,
                ModelIndex.of(theirModel));
        if (write) {
            CanonicalFiles.replace(ourModel, root().resolve(path));
            git.add().addFilepattern(path).call();
        }
        return new ModelFileMerge(path, result.applied(), result.conflicts());
    }

    private Resource loadQuietly(String path, RevCommit commit) {
        try {
            return load(path, commit.getName(), false);
        } catch (TeamException e) {
            return null;
        }
    }

    /**
     * Pushes the current branch to the remote.
     *
     * @param credentials who we are to the remote, or {@code null}
     * @return the remote's branch that was updated
     * @throws TeamException when there is no remote, the remote has commits we have not pulled, or
     *                       the push fails
     */
    public String push(CredentialsProvider credentials) throws TeamException {
        String url = requireRemote();
        if (isMerging()) {
            throw new TeamException(Messages.pull_merging);
        }
        try {
            String branch = repository.getBranch();
            Iterable<PushResult> results = git.push().setRemote(REMOTE).add(branch).setCredentialsProvider(credentials).call();
            for (PushResult result : results) {
                for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                    switch (update.getStatus()) {
                    case OK, UP_TO_DATE:
                        break;
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
                        throw new TeamException(Messages.bind(Messages.push_pullFirst, url));
                    default:
                        throw new TeamException(Messages.bind(Messages.push_rejected,
                                new Object[] { url, update.getStatus(), String.valueOf(update.getMessage()) }));
                    }
                }
            }
            return branch;
        } catch (TransportException e) {
            throw new TeamException(Messages.bind(Messages.remote_failed, url, e.getMessage()), e);
        } catch (GitAPIException | IOException e) {
            throw failed(e);
        }
    }

    /**
     * The commits that changed a model file, on every line of work that led to the current one:
     * each commit whose version of the file differs from its first parent's (a merge is listed
     * when it changed the file on our line), unlike {@code git log FILE}, which leaves out a side
     * whose change a merge did not keep.
     *
     * @param path a model file
     * @return the commits that changed it, newest first
     * @throws TeamException when Git fails
     */
    public List<ModelCommit> history(String path) throws TeamException {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return List.of();
            }
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            Map<ObjectId, List<String>> tags = Commits.tags(repository);
            List<ModelCommit> commits = new ArrayList<>();
            for (RevCommit commit : walk) {
                ObjectId version = Commits.blob(repository, path, commit);
                ObjectId before = commit.getParentCount() == 0 ? null
                        : Commits.blob(repository, path, walk.parseCommit(commit.getParent(0)));
                if (version != null && !version.equals(before) || version == null && before != null) {
                    commits.add(commitOf(commit, tags));
                }
            }
            return commits;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * The commits in which one element changed: each version of the model is compared with the
     * one before it ({@link ModelDiff}), and the commits whose changes include the element are
     * kept.
     *
     * @param path      a model file
     * @param elementId the element's id
     * @return those commits, newest first, each with what changed about the element
     * @throws TeamException when Git fails
     */
    public List<ElementVersion> elementHistory(String path, String elementId) throws TeamException {
        List<ModelCommit> commits = history(path);
        List<ElementVersion> versions = new ArrayList<>();
        Map<String, ModelIndex> indexes = new LinkedHashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (ModelCommit commit : commits) {
                RevCommit revCommit = walk.parseCommit(ObjectId.fromString(commit.id()));
                ModelIndex after = index(indexes, path, revCommit);
                ModelIndex before = revCommit.getParentCount() == 0 ? ModelIndex.empty()
                        : index(indexes, path, walk.parseCommit(revCommit.getParent(0)));
                List<ModelChange> changes = new ArrayList<>();
                for (ModelChange change : ModelDiff.compare(before, after)) {
                    if (elementId.equals(change.id())) {
                        changes.add(change);
                    }
                }
                if (!changes.isEmpty()) {
                    versions.add(new ElementVersion(commit, changes));
                }
            }
        } catch (IOException e) {
            throw failed(e);
        }
        return versions;
    }

    private ModelIndex index(Map<String, ModelIndex> indexes, String path, RevCommit commit) {
        ModelIndex index = indexes.get(commit.getName());
        if (index == null) {
            Resource resource = loadQuietly(path, commit);
            index = resource == null ? ModelIndex.empty() : ModelIndex.of(resource);
            indexes.put(commit.getName(), index);
        }
        return index;
    }

    /**
     * Compares a model with an earlier version of its file.
     *
     * @param path     the model file
     * @param commitId the commit of the earlier version
     * @param current  the model as it is now (an open editor's, saved or not)
     * @return what changed since that version
     * @throws TeamException when the file is not in that commit or is not a model there
     */
    public List<ModelChange> compare(String path, String commitId, Resource current) throws TeamException {
        return ModelDiff.compare(ModelIndex.of(load(path, commitId)), ModelIndex.of(current));
    }

    /**
     * Reads a model file as it was in a commit, into a resource set of its own. A fragmented
     * model is read whole, each fragment as it was in the same commit: the commit's model files
     * are written to a temporary folder, laid out as in the repository, and read from there.
     *
     * @param path     the model file
     * @param commitId the commit (an id, a tag, or a name such as {@code HEAD}, {@code HEAD~1} or
     *                 {@code MERGE_HEAD})
     * @return the model's resource
     * @throws TeamException when the file is not in that commit or is not a model there
     */
    public Resource load(String path, String commitId) throws TeamException {
        return load(path, commitId, true);
    }

    /**
     * @param whole whether a main file is read with its fragments of the same commit; otherwise the
     *              file is read alone, its references into other files left unresolved (as the
     *              merge compares them, by id)
     */
    private Resource load(String path, String commitId, boolean whole) throws TeamException {
        Path folder = null;
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = Commits.resolve(repository, commitId);
            if (id == null) {
                throw new TeamException(Messages.bind(Messages.repository_noRevision, commitId, root()));
            }
            RevCommit commit = walk.parseCommit(id);
            if (Commits.blob(repository, path, commit) == null) {
                throw new TeamException(Messages.bind(Messages.repository_noVersion, path, commit.getName().substring(0, 7)));
            }
            folder = Commits.write(repository, commit, whole ? null : path, SUFFIX);
            Resource resource = ModelFiles.load(ModelFiles.newResourceSet(), folder.resolve(path));
            if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model)) {
                throw new TeamException(Messages.bind(Messages.repository_notModel, path, commit.getName().substring(0, 7)));
            }
            return resource;
        } catch (ModelLoadException e) {
            throw new TeamException(Messages.bind(Messages.repository_notModel, path, commitId) + ": " + e.getMessage(), e); //$NON-NLS-1$
        } catch (IOException e) {
            throw failed(e);
        } finally {
            Commits.delete(folder);
        }
    }

    private String requireRemote() throws TeamException {
        String url = remote();
        if (url == null) {
            throw new TeamException(Messages.bind(Messages.remote_none, root()));
        }
        return url;
    }

    private static ModelCommit commitOf(RevCommit commit, Map<ObjectId, List<String>> tags) {
        return new ModelCommit(commit.getName(), commit.getShortMessage(), commit.getAuthorIdent().getName(),
                Instant.ofEpochSecond(commit.getCommitTime()), tags.getOrDefault(commit.getId(), List.of()));
    }

    private TeamException failed(Exception e) {
        return new TeamException(Messages.bind(Messages.repository_failed, root(), e.getMessage()), e);
    }

    @Override
    public void close() {
        git.close();
        repository.close();
    }
}
