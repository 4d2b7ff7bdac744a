// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;

/**
 * What {@link org.throughline.team.api.ModelRepository} asks of commits: the commit a revision
 * names, the merge base of two, the model files changed on both sides of a merge, and a commit's
 * model files written to a temporary folder laid out as in the repository (so that a fragmented
 * model of that commit reads its fragments of the same commit).
 */
public final class Commits {

    private Commits() {
    }

    /**
     * @param repository the repository
     * @param revision   a revision as typed: a commit id, a tag, a branch, {@code HEAD~1}…
     * @return the commit it names, or {@code null} when it names none
     */
    public static ObjectId resolve(Repository repository, String revision) {
        try {
            return repository.resolve(revision + "^{commit}"); //$NON-NLS-1$
        } catch (IOException | RuntimeException e) {
            // JGit refuses a malformed revision with an unchecked exception
            return null;
        }
    }

    /**
     * @param repository the repository
     * @param commit     the commit
     * @param only       the one file to write, or {@code null} for every file ending in {@code suffix}
     * @param suffix     the model files' suffix
     * @return the new temporary folder, to {@link #delete} once read
     * @throws IOException when a file cannot be written
     */
    public static Path write(Repository repository, RevCommit commit, String only, String suffix) throws IOException {
        Path folder = Files.createTempDirectory("throughline-" + commit.getName().substring(0, 7)); //$NON-NLS-1$
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(only == null ? PathSuffixFilter.create(suffix) : PathFilter.create(only));
            while (tree.next()) {
                Path file = folder.resolve(tree.getPathString()).normalize();
                if (file.startsWith(folder)) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, repository.open(tree.getObjectId(0)).getBytes());
                }
            }
        }
        return folder;
    }

    /** @param folder a folder written by {@link #write}, or {@code null}; removed with what it holds */
    public static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is harmless
        }
    }

    /**
     * @param repository the repository
     * @param ours       one commit
     * @param theirs     another
     * @return their merge base, or {@code null} when they have none
     * @throws IOException when Git cannot read them
     */
    public static RevCommit base(Repository repository, ObjectId ours, ObjectId theirs) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ours));
            walk.markStart(walk.parseCommit(theirs));
            return walk.next();
        }
    }

    /**
     * @return the model files whose three versions all differ (a file gone on one side is left to Git)
     * @throws IOException when Git cannot read the commits
     */
    public static Set<String> changedOnBothSides(Repository repository, RevCommit base, RevCommit ours, RevCommit theirs,
            String suffix) throws IOException {
        Set<String> paths = new TreeSet<>();
        if (base == null) {
            return paths;
        }
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(base.getTree());
            walk.addTree(ours.getTree());
            walk.addTree(theirs.getTree());
            walk.setRecursive(true);
            walk.setFilter(PathSuffixFilter.create(suffix));
            while (walk.next()) {
                ObjectId baseId = walk.getObjectId(0);
                ObjectId ourId = walk.getObjectId(1);
                ObjectId theirId = walk.getObjectId(2);
                if (!ourId.equals(ObjectId.zeroId()) && !theirId.equals(ObjectId.zeroId()) && !baseId.equals(ourId)
                        && !baseId.equals(theirId) && !ourId.equals(theirId)) {
                    paths.add(walk.getPathString());
                }
            }
        }
        return paths;
    }

    /**
     * @param repository the repository
     * @param path       a file's path in the repository
     * @param commit     a commit
     * @return the id of the file's version in the commit, or null when the commit has no such file
     * @throws IOException when Git cannot read the commit
     */
    public static ObjectId blob(Repository repository, String path, RevCommit commit) throws IOException {
        try (TreeWalk tree = TreeWalk.forPath(repository, path, commit.getTree())) {
            return tree == null ? null : tree.getObjectId(0);
        }
    }

    /**
     * @param repository the repository
     * @return the names of the repository's tags by the commit each names (annotated tags peeled)
     * @throws IOException when Git cannot read them
     */
    public static Map<ObjectId, List<String>> tags(Repository repository) throws IOException {
        Map<ObjectId, List<String>> tags = new HashMap<>();
        for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
            Ref peeled = repository.getRefDatabase().peel(ref);
            ObjectId commit = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : ref.getObjectId();
            tags.computeIfAbsent(commit, id -> new ArrayList<>()).add(Repository.shortenRefName(ref.getName()));
        }
        return tags;
    }
}
