// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.JsonText;
import org.throughline.cli.api.Options;
import org.throughline.model.api.CanonicalFiles;
import org.throughline.model.api.ModelFragments;
import org.throughline.team.api.MergeConflict;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelMerge;

/**
 * {@code throughline merge BASE OURS THEIRS [--out FILE] [--conflicts FILE.json]}: the
 * model-aware three-way merge, as Git's merge driver ({@code %O %A %B}). Every input is read and
 * checked before anything is written; the result is written atomically, in canonical form.
 */
public final class MergeCommand implements CliCommand {

    private static final String[] ROLES = { "BASE", "OURS", "THEIRS" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("merge").value("--out").value("--conflicts").parse(arguments); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> files = given.operands();
        String out = given.value("--out"); //$NON-NLS-1$
        String conflictsFile = given.value("--conflicts"); //$NON-NLS-1$
        if (files.size() != 3) {
            throw CliException.usage(Messages.merge_arguments);
        }
        Path target = context.resolve(out != null ? out : files.get(1));
        Path conflictsTarget = conflictsFile == null ? null : context.resolve(conflictsFile);
        for (Path written : conflictsTarget == null ? List.of(target) : List.of(target, conflictsTarget)) {
            if (written.getParent() == null || !Files.isDirectory(written.getParent())) {
                throw CliException.usage(Messages.bind(Messages.merge_noFolder, written, written.getParent()));
            }
        }
        boolean noBase = isEmpty(context.resolve(files.get(0)));
        checkVersions(context, files, noBase);
        // Git merges a fragmented model file by file: each is merged alone, references into the
        // model's other files compared by their file and id.
        Resource base = noBase ? null : TeamFiles.load(context, ROLES[0], files.get(0), false);
        Resource ours = TeamFiles.load(context, ROLES[1], files.get(1), false);
        Resource theirs = TeamFiles.load(context, ROLES[2], files.get(2), false);
        checkSameModel(ROLES[1], ours, ROLES[2], theirs);
        if (base != null) {
            checkSameModel(ROLES[0], base, ROLES[1], ours);
        }
        ModelMerge.Result result = ModelMerge.merge(base == null ? ModelIndex.empty() : ModelIndex.of(base), ours, ModelIndex.of(theirs));
        try {
            CanonicalFiles.replace(ours, target);
            if (conflictsTarget != null) {
                TeamFiles.writeAtomically(conflictsTarget, json(files, result.conflicts()));
            }
        } catch (IOException e) {
            throw new CliException(ExitCode.USAGE, Messages.bind(Messages.merge_writeFailed, target, e.getMessage()), e);
        }
        if (result.conflicts().isEmpty()) {
            context.out().println(Messages.bind(Messages.merge_clean, Integer.valueOf(result.applied()), target));
            return ExitCode.OK;
        }
        for (MergeConflict conflict : result.conflicts()) {
            context.err().println(line(conflict));
        }
        context.err().println(Messages.bind(Messages.merge_conflicts,
                new Object[] { Integer.valueOf(result.conflicts().size()), Integer.valueOf(result.applied()), target }));
        return ExitCode.PROBLEMS;
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Files of different metamodel versions are refused: one would be silently migrated. */
    private static void checkVersions(CliContext context, List<String> files, boolean noBase) throws CliException {
        String firstVersion = null;
        int first = -1;
        for (int i = noBase ? 1 : 0; i < 3; i++) {
            String version = TeamFiles.version(context.resolve(files.get(i)));
            if (version == null) {
                continue;
            }
            if (firstVersion == null) {
                firstVersion = version;
                first = i;
            } else if (!firstVersion.equals(version)) {
                throw CliException.usage(Messages.bind(Messages.merge_versions, new Object[] { ROLES[first], files.get(first),
                        firstVersion, ROLES[i], files.get(i), version }));
            }
        }
    }

    private static void checkSameModel(String oneRole, Resource one, String otherRole, Resource other) throws CliException {
        boolean oneFragment = ModelFragments.isFragment(one);
        if (oneFragment != ModelFragments.isFragment(other)) {
            throw CliException.usage(Messages.bind(Messages.merge_fragmentAndModel, oneFragment ? oneRole : otherRole,
                    oneFragment ? otherRole : oneRole));
        }
        if (oneFragment) {
            return;
        }
        String oneId = TeamFiles.model(one).getId();
        String otherId = TeamFiles.model(other).getId();
        if (!Objects.equals(oneId, otherId)) {
            throw CliException.usage(Messages.bind(Messages.merge_notSameModel, new Object[] { oneRole, otherRole, oneId, otherId }));
        }
    }

    /**
     * @param conflict a conflict
     * @return it as one line of text
     */
    static String line(MergeConflict conflict) {
        String element = conflict.name() == null ? conflict.type() : conflict.type() + " \"" + conflict.name() + '"'; //$NON-NLS-1$
        if (conflict.feature() == null) {
            return Messages.bind(Messages.merge_conflictElement,
                    new Object[] { element, conflict.id(), show(conflict.base()), show(conflict.ours()), show(conflict.theirs()) });
        }
        return Messages.bind(Messages.merge_conflict, new Object[] { element, conflict.id(), conflict.feature(), show(conflict.base()),
                show(conflict.ours()), show(conflict.theirs()) });
    }

    private static String show(String value) {
        return value == null ? Messages.diff_none : value;
    }

    private static String json(List<String> files, List<MergeConflict> conflicts) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("base", files.get(0)); //$NON-NLS-1$
        document.put("ours", files.get(1)); //$NON-NLS-1$
        document.put("theirs", files.get(2)); //$NON-NLS-1$
        List<Object> items = new ArrayList<>();
        for (MergeConflict conflict : conflicts) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("kind", conflict.kind().word()); //$NON-NLS-1$
            item.put("id", conflict.id()); //$NON-NLS-1$
            item.put("type", conflict.type()); //$NON-NLS-1$
            item.put("name", conflict.name()); //$NON-NLS-1$
            item.put("feature", conflict.feature()); //$NON-NLS-1$
            item.put("base", conflict.base()); //$NON-NLS-1$
            item.put("ours", conflict.ours()); //$NON-NLS-1$
            item.put("theirs", conflict.theirs()); //$NON-NLS-1$
            items.add(item);
        }
        document.put("conflicts", items); //$NON-NLS-1$
        return JsonText.write(document);
    }

    @Override
    public String usage() {
        return Messages.merge_usage;
    }
}
