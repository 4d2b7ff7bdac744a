// SPDX-License-Identifier: EPL-2.0
package org.throughline.ui.team.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.throughline.team.api.ConflictResolution;
import org.throughline.team.api.ConflictResolution.Choice;
import org.throughline.team.api.ConflictResolution.Decision;
import org.throughline.team.api.MergeConflict;
import org.throughline.team.api.ModelIndex;
import org.throughline.team.api.ModelRepository;
import org.throughline.team.api.ModelRepository.ModelCommit;
import org.throughline.team.api.ModelRepository.ModelFileMerge;
import org.throughline.team.api.ModelRepository.PullResult;
import org.throughline.team.api.TeamException;
import org.throughline.ui.editor.api.ModelEditorContext;

/**
 * The Merge Conflicts view: each conflict a pull left (element, feature, the common value, ours
 * and theirs), which the modeller resolves by keeping ours, taking theirs or typing a value. The
 * decisions are applied to the open model as one command (one undo puts the model back as the
 * merge left it); Commit Merge saves the model and commits the merge.
 */
public final class ConflictsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.throughline.ui.team.conflictsView"; //$NON-NLS-1$

    /** A conflict and what the modeller chose for it. */
    static final class Entry {
        final String path;
        final MergeConflict conflict;
        Choice choice = Choice.OURS;
        String value;
        boolean applied;

        Entry(String path, MergeConflict conflict) {
            this.path = path;
            this.conflict = conflict;
        }
    }

    private Label heading;
    private TableViewer table;
    private Button oursButton;
    private Button theirsButton;
    private Button editButton;
    private Button applyButton;
    private Button commitButton;
    private Path root;
    private String theirs;
    private final List<Entry> entries = new ArrayList<>();
    /** The commands applied, with the entries each resolved, to follow undo and redo. */
    private final Map<Command, List<Entry>> appliedCommands = new IdentityHashMap<>();
    private final Map<CommandStack, CommandStackListener> watched = new IdentityHashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setText(Messages.conflicts_none);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        table = Tables.table(parent, SWT.MULTI,
                new String[] { Messages.conflicts_element, Messages.conflicts_feature, Messages.conflicts_base, Messages.conflicts_ours,
                        Messages.conflicts_theirs, Messages.conflicts_resolution },
                new int[] { 230, 90, 150, 150, 150, 200 }, (row, column) -> {
                    Entry entry = (Entry) row;
                    MergeConflict conflict = entry.conflict;
                    return switch (column.intValue()) {
                    case 0 -> ModelDiffView.element(conflict.type(), conflict.name());
                    case 1 -> conflict.feature() == null ? kind(conflict.kind()) : Tables.feature(conflict.type(), conflict.feature());
                    case 2 -> Tables.value(conflict.type(), conflict.feature(), conflict.base());
                    case 3 -> Tables.value(conflict.type(), conflict.feature(), conflict.ours());
                    case 4 -> Tables.value(conflict.type(), conflict.feature(), conflict.theirs());
                    default -> resolution(entry);
                    };
                });
        table.addDoubleClickListener(event -> reveal((Entry) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        table.addSelectionChangedListener(event -> updateButtons());
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(6, false));
        oursButton = button(buttons, Messages.conflicts_keepOurs, () -> choose(selected(), Choice.OURS, null));
        theirsButton = button(buttons, Messages.conflicts_takeTheirs, () -> choose(selected(), Choice.THEIRS, null));
        editButton = button(buttons, Messages.conflicts_edit, this::editSelected);
        new Label(buttons, SWT.NONE).setLayoutData(new GridData(24, SWT.DEFAULT));
        applyButton = button(buttons, Messages.conflicts_apply, () -> {
            try {
                apply();
            } catch (TeamException e) {
                TeamContext.error(getSite().getShell(), e);
            }
        });
        commitButton = button(buttons, Messages.conflicts_commit, this::commitWithMessage);
        updateButtons();
    }

    private static Button button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    /**
     * Lists the conflicts of a pull, each kept on our side until the modeller chooses.
     *
     * @param repositoryRoot the repository's working folder
     * @param result         the pull
     */
    public void show(Path repositoryRoot, PullResult result) {
        root = repositoryRoot;
        theirs = result.theirs();
        entries.clear();
        appliedCommands.clear();
        for (ModelFileMerge model : result.models()) {
            for (MergeConflict conflict : model.conflicts()) {
                entries.add(new Entry(model.path(), conflict));
            }
        }
        refresh();
    }

    /** @return the conflicts listed */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Sets a choice for conflicts (not applied until {@link #apply()}). */
    void choose(List<Entry> chosen, Choice choice, String value) {
        for (Entry entry : chosen) {
            if (entry.applied) {
                continue;
            }
            entry.choice = choice;
            entry.value = value;
        }
        refresh();
    }

    /**
     * Applies the decisions not yet applied, one command per model file, on its open editor.
     *
     * @throws TeamException when one cannot be carried out (nothing of that file is applied)
     */
    void apply() throws TeamException {
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!entry.applied) {
                byFile.computeIfAbsent(entry.path, path -> new ArrayList<>()).add(entry);
            }
        }
        try (ModelRepository repository = ModelRepository.open(root)) {
            for (Map.Entry<String, List<Entry>> file : byFile.entrySet()) {
                ModelEditorContext editor = editor(file.getKey());
                List<Decision> decisions = new ArrayList<>();
                for (Entry entry : file.getValue()) {
                    decisions.add(new Decision(entry.conflict, entry.choice, entry.value));
                }
                ModelIndex theirIndex = ModelIndex.of(repository.load(file.getKey(), theirs));
                Command command = ConflictResolution.command(editor.editingDomain(), editor.modelResource(), theirIndex, decisions);
                if (command == null) {
                    file.getValue().forEach(entry -> entry.applied = true);
                    continue;
                }
                watch(editor.editingDomain().getCommandStack());
                appliedCommands.put(command, file.getValue());
                editor.editingDomain().getCommandStack().execute(command);
                file.getValue().forEach(entry -> entry.applied = true);
            }
        }
        refresh();
    }

    /**
     * Saves the merged models and commits the merge.
     *
     * @param message the merge commit's message
     * @return the commit
     * @throws TeamException when the commit fails
     */
    ModelCommit commitMerge(String message) throws TeamException {
        Set<String> paths = new LinkedHashSet<>();
        for (Entry entry : entries) {
            paths.add(entry.path);
        }
        for (String path : paths) {
            ModelEditorContext editor = TeamContext.editorOf(getSite().getPage(), root.resolve(path));
            if (editor != null && editor.editor().isDirty()) {
                editor.editor().doSave(new NullProgressMonitor());
                if (editor.editor().isDirty()) {
                    throw new TeamException(Messages.bind(Messages.conflicts_notSaved, path));
                }
            }
        }
        try (ModelRepository repository = ModelRepository.open(root)) {
            ModelCommit commit = repository.commit(message, List.copyOf(paths));
            entries.clear();
            appliedCommands.clear();
            refresh();
            heading.setText(Messages.bind(Messages.conflicts_committed, commit.shortId()));
            return commit;
        }
    }

    private void commitWithMessage() {
        boolean pending = entries.stream().anyMatch(entry -> !entry.applied && entry.choice != Choice.OURS);
        if (pending && !MessageDialog.openQuestion(getSite().getShell(), Messages.team_title, Messages.conflicts_pending)) {
            return;
        }
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.conflicts_commitTitle, Messages.conflicts_commitMessage,
                Messages.commit_mergeDefault, text -> text.isBlank() ? Messages.commit_needMessage : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        try {
            ModelCommit commit = commitMerge(dialog.getValue());
            MessageDialog.openInformation(getSite().getShell(), Messages.team_title,
                    Messages.bind(Messages.commit_done, commit.shortId(), commit.message()));
        } catch (TeamException e) {
            TeamContext.error(getSite().getShell(), e);
        }
    }

    private void editSelected() {
        List<Entry> chosen = selected();
        if (chosen.size() != 1) {
            return;
        }
        Entry entry = chosen.get(0);
        InputDialog dialog = new InputDialog(getSite().getShell(), Messages.conflicts_editTitle,
                Messages.bind(Messages.conflicts_editMessage, entry.conflict.feature(),
                        ModelDiffView.element(entry.conflict.type(), entry.conflict.name())),
                entry.conflict.ours() == null ? "" : entry.conflict.ours(), null); //$NON-NLS-1$
        if (dialog.open() == Window.OK) {
            choose(chosen, Choice.EDIT, dialog.getValue());
        }
    }

    private ModelEditorContext editor(String path) throws TeamException {
        try {
            return TeamContext.open(getSite().getPage(), root.resolve(path));
        } catch (PartInitException e) {
            throw new TeamException(e.getMessage(), e);
        }
    }

    /** Shows a conflict's element in the model editor. */
    void reveal(Entry entry) {
        if (entry == null) {
            return;
        }
        try {
            ModelEditorContext editor = editor(entry.path);
            EObject element = ModelIndex.of(editor.modelResource()).get(entry.conflict.id());
            if (element != null) {
                editor.select(List.of(element));
            }
        } catch (TeamException e) {
            TeamContext.error(getSite().getShell(), e);
        }
    }

    /** Follows undo and redo of applied resolutions in an editor's command stack. */
    private void watch(CommandStack stack) {
        if (watched.containsKey(stack)) {
            return;
        }
        CommandStackListener listener = event -> getSite().getShell().getDisplay().asyncExec(() -> {
            if (table.getControl().isDisposed()) {
                return;
            }
            for (Map.Entry<Command, List<Entry>> applied : appliedCommands.entrySet()) {
                if (stack.getUndoCommand() == applied.getKey()) {
                    applied.getValue().forEach(entry -> entry.applied = true);
                } else if (stack.getRedoCommand() == applied.getKey()) {
                    applied.getValue().forEach(entry -> entry.applied = false);
                }
            }
            refresh();
        });
        stack.addCommandStackListener(listener);
        watched.put(stack, listener);
    }

    private List<Entry> selected() {
        List<Entry> chosen = new ArrayList<>();
        for (Object row : table.getStructuredSelection().toList()) {
            chosen.add((Entry) row);
        }
        return chosen;
    }

    private void refresh() {
        if (table.getControl().isDisposed()) {
            return;
        }
        table.setInput(entries);
        long open = entries.stream().filter(entry -> !entry.applied).count();
        heading.setText(entries.isEmpty() ? Messages.conflicts_none
                : Tables.format(Messages.conflicts_heading, Integer.valueOf(entries.size()), Long.valueOf(open)));
        heading.getParent().layout();
        updateButtons();
    }

    private void updateButtons() {
        List<Entry> chosen = selected();
        boolean some = !chosen.isEmpty() && chosen.stream().noneMatch(entry -> entry.applied);
        oursButton.setEnabled(some);
        theirsButton.setEnabled(some && chosen.stream().allMatch(entry -> ConflictResolution.canTakeTheirs(entry.conflict)));
        editButton.setEnabled(some && chosen.size() == 1 && canEdit(chosen.get(0)));
        applyButton.setEnabled(entries.stream().anyMatch(entry -> !entry.applied));
        commitButton.setEnabled(!entries.isEmpty());
    }

    private boolean canEdit(Entry entry) {
        ModelEditorContext editor = TeamContext.editorOf(getSite().getPage(), root.resolve(entry.path));
        return editor != null && ConflictResolution.canEdit(entry.conflict, editor.modelResource());
    }

    private static String resolution(Entry entry) {
        String choice = switch (entry.choice) {
        case OURS -> Messages.conflicts_oursChosen;
        case THEIRS -> Messages.conflicts_theirsChosen;
        case EDIT -> Messages.bind(Messages.conflicts_editChosen, entry.value);
        };
        return entry.applied ? Messages.bind(Messages.conflicts_applied, choice) : choice;
    }

    private static String kind(MergeConflict.Kind kind) {
        return switch (kind) {
        case BOTH_CHANGED -> Messages.conflicts_bothChanged;
        case CHANGED_BY_US_DELETED_BY_THEM -> Messages.conflicts_deletedByThem;
        case DELETED_BY_US_CHANGED_BY_THEM -> Messages.conflicts_deletedByUs;
        case REFERENCE_TO_DELETED -> Messages.conflicts_referenceToDeleted;
        case BOTH_MOVED -> Messages.conflicts_bothMoved;
        };
    }

    @Override
    public void dispose() {
        watched.forEach(CommandStack::removeCommandStackListener);
        watched.clear();
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
