// SPDX-License-Identifier: EPL-2.0
package org.throughline.team.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.throughline.cli.api.AsAtOption;
import org.throughline.cli.api.CliCommand;
import org.throughline.cli.api.CliContext;
import org.throughline.cli.api.CliException;
import org.throughline.cli.api.ExitCode;
import org.throughline.cli.api.JsonText;
import org.throughline.cli.api.Options;
import org.throughline.team.api.ModelChange;
import org.throughline.team.api.ModelChange.Kind;
import org.throughline.team.api.ModelDiff;
import org.throughline.team.api.ModelIndex;

/**
 * {@code throughline diff OLD NEW [--format text|json|html] [--as-at DATE]}: what changed between
 * two versions of a model, element by element (with {@code --as-at}, between both as known on
 * that date). Exit code 0 when they are the same, 1 when they differ, 2 on
 * bad input.
 */
public final class DiffCommand implements CliCommand {

    @Override
    public int run(CliContext context, List<String> arguments) throws CliException {
        Options.Parsed given = Options.of("diff").choice("--format", "text", "json", "html").value(AsAtOption.NAME) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                .parse(arguments);
        List<String> files = given.operands();
        String format = given.value("--format", "text"); //$NON-NLS-1$ //$NON-NLS-2$
        LocalDate asAt = AsAtOption.parse(given.value(AsAtOption.NAME));
        if (files.size() != 2) {
            throw CliException.usage(Messages.diff_arguments);
        }
        ModelIndex before = ModelIndex.of(TeamFiles.asAt(TeamFiles.load(context, "OLD", files.get(0)), asAt)); //$NON-NLS-1$
        ModelIndex after = ModelIndex.of(TeamFiles.asAt(TeamFiles.load(context, "NEW", files.get(1)), asAt)); //$NON-NLS-1$
        List<ModelChange> changes = ModelDiff.compare(before, after);
        switch (format) {
        case "json" -> context.out().print(json(files, changes)); //$NON-NLS-1$
        case "html" -> context.out().print(DiffPage.write(files.get(0), files.get(1), changes)); //$NON-NLS-1$
        default -> text(context, files, changes);
        }
        context.out().flush();
        return changes.isEmpty() ? ExitCode.OK : ExitCode.PROBLEMS;
    }

    private static void text(CliContext context, List<String> files, List<ModelChange> changes) {
        if (changes.isEmpty()) {
            context.out().println(Messages.bind(Messages.diff_same, files.get(0), files.get(1)));
            return;
        }
        for (ModelChange change : changes) {
            context.out().println(line(change));
        }
        Map<Kind, Integer> counts = counts(changes);
        context.out().println(Messages.bind(Messages.diff_summary, new Object[] { Integer.valueOf(changes.size()), counts.get(Kind.ADDED),
                counts.get(Kind.REMOVED), counts.get(Kind.MOVED), counts.get(Kind.REORDERED), counts.get(Kind.CHANGED) }));
    }

    /**
     * @param change a change
     * @return the change as one line of text
     */
    static String line(ModelChange change) {
        String element = label(change);
        return switch (change.kind()) {
        case ADDED -> Messages.bind(Messages.diff_added, new Object[] { element, change.id(), change.after() });
        case REMOVED -> Messages.bind(Messages.diff_removed, new Object[] { element, change.id(), change.before() });
        case MOVED -> Messages.bind(Messages.diff_moved, new Object[] { element, change.id(), change.before(), change.after() });
        case REORDERED -> Messages.bind(Messages.diff_reordered,
                new Object[] { element, change.id(), change.feature(), change.before(), change.after() });
        case CHANGED -> Messages.bind(Messages.diff_changed,
                new Object[] { element, change.id(), change.feature(), orNone(change.before()), orNone(change.after()) });
        };
    }

    static String label(ModelChange change) {
        return change.name() == null ? change.type() : change.type() + " \"" + change.name() + '"'; //$NON-NLS-1$
    }

    private static String orNone(String value) {
        return value == null ? Messages.diff_none : value;
    }

    static Map<Kind, Integer> counts(List<ModelChange> changes) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, Integer.valueOf(0));
        }
        for (ModelChange change : changes) {
            counts.merge(change.kind(), Integer.valueOf(1), Integer::sum);
        }
        return counts;
    }

    private static String json(List<String> files, List<ModelChange> changes) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("old", files.get(0)); //$NON-NLS-1$
        document.put("new", files.get(1)); //$NON-NLS-1$
        document.put("equal", Boolean.valueOf(changes.isEmpty())); //$NON-NLS-1$
        Map<String, Object> summary = new LinkedHashMap<>();
        counts(changes).forEach((kind, count) -> summary.put(kind.word(), count));
        document.put("summary", summary); //$NON-NLS-1$
        List<Object> items = new ArrayList<>();
        for (ModelChange change : changes) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("change", change.kind().word()); //$NON-NLS-1$
            item.put("id", change.id()); //$NON-NLS-1$
            item.put("type", change.type()); //$NON-NLS-1$
            item.put("name", change.name()); //$NON-NLS-1$
            item.put("feature", change.feature()); //$NON-NLS-1$
            item.put("before", change.before()); //$NON-NLS-1$
            item.put("after", change.after()); //$NON-NLS-1$
            items.add(item);
        }
        document.put("changes", items); //$NON-NLS-1$
        return JsonText.write(document);
    }

    @Override
    public String usage() {
        return Messages.diff_usage;
    }
}
