// SPDX-License-Identifier: EPL-2.0
package org.throughline.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.throughline.model.Link;
import org.throughline.model.LinkStrength;
import org.throughline.model.Model;
import org.throughline.model.api.CanonicalFiles;
import org.throughline.model.api.ModelFiles;
import org.throughline.testing.Examples;
import org.throughline.testing.ModelGenerator;

/**
 * Model files under version control: the same model always saves to the same bytes, and one
 * edit changes only the lines of the element edited, so that Git's diffs and merges stay small.
 */
class CanonicalFormTest {

    private static final Pattern TAG_LINE = Pattern.compile("^(\\s*<[\\w:]+ )(.*?)(/?>)$"); //$NON-NLS-1$
    private static final Pattern ATTRIBUTE = Pattern.compile("[\\w:]+=\"[^\"]*\""); //$NON-NLS-1$

    @TempDir
    Path folder;

    private Resource loadBytes(byte[] content, String name) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return ModelFiles.load(file);
    }

    private static List<String> lines(byte[] content) {
        return List.of(new String(content, StandardCharsets.UTF_8).split("\n", -1)); //$NON-NLS-1$
    }

    @Test
    void everyExampleSavesToTheSameBytesAgainAndLosesNothing() throws IOException {
        for (Path example : Examples.all()) {
            Resource first = ModelFiles.load(example);
            byte[] once = CanonicalFiles.bytes(first);
            Resource second = loadBytes(once, "once-" + example.getFileName());
            byte[] twice = CanonicalFiles.bytes(second);
            assertArrayEquals(once, twice, example + " saves to the same bytes after a load and save");
            assertTrue(EcoreUtil.equals(first.getContents(), second.getContents()), example + " keeps everything it holds");
            String text = new String(once, StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), "line ends are \\n only"); //$NON-NLS-1$
            assertTrue(text.endsWith(">\n"), "the file ends with a line break"); //$NON-NLS-1$
        }
    }

    @Test
    void judgingOneLinkChangesOnlyThatLinksLine() throws IOException {
        Resource resource = ModelFiles.load(Examples.file("benefit-claims.throughline"));
        List<String> before = lines(CanonicalFiles.bytes(resource));
        Link link = (Link) findFirst(resource, Link.class);
        link.setStrength(link.getStrength() == LinkStrength.WEAK ? LinkStrength.BROKEN : LinkStrength.WEAK);
        List<String> after = lines(CanonicalFiles.bytes(resource));
        assertEquals(before.size(), after.size(), "no line is added or removed");
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.add(after.get(i));
            }
        }
        assertEquals(1, changed.size(), "one line changed: " + changed);
        assertTrue(changed.get(0).contains("id=\"" + link.getId() + "\""), "the changed line is the link's: " + changed.get(0)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    void renamingAnElementWithChildrenChangesOneLine() throws IOException {
        Resource resource = ModelFiles.load(Examples.file("emergency-care.throughline"));
        List<String> before = lines(CanonicalFiles.bytes(resource));
        Model model = (Model) resource.getContents().get(0);
        model.getFolders().get(0).setName("Renamed folder"); //$NON-NLS-1$
        List<String> after = lines(CanonicalFiles.bytes(resource));
        assertEquals(before.size(), after.size());
        long changed = java.util.stream.IntStream.range(0, before.size()).filter(i -> !before.get(i).equals(after.get(i))).count();
        assertEquals(1, changed, "only the folder's start tag changed, not its contents");
    }

    @Test
    void aFileWrittenOtherwiseIsRewrittenCanonically() throws IOException {
        byte[] canonical = CanonicalFiles.bytes(ModelFiles.load(Examples.file("benefit-claims.throughline")));
        // The same model as another tool might write it: attributes in reverse order, another
        // namespace prefix, tabs, Windows line ends, a comment.
        StringBuilder foreign = new StringBuilder();
        for (String line : lines(canonical)) {
            Matcher tag = TAG_LINE.matcher(line);
            String written = line;
            if (tag.matches()) {
                List<String> attributes = new ArrayList<>();
                Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
                while (attribute.find()) {
                    attributes.add(attribute.group());
                }
                Collections.reverse(attributes);
                written = tag.group(1) + String.join("  ", attributes) + tag.group(3); //$NON-NLS-1$
            }
            foreign.append(written.replace("  ", "\t").replace("throughline:", "tl:")).append("\r\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            if (line.startsWith("<throughline:Model")) { //$NON-NLS-1$
                foreign.append("<!-- exported by another tool -->\r\n"); //$NON-NLS-1$
            }
        }
        String text = foreign.toString().replace("xmlns:throughline=", "xmlns:tl="); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(text.contains("throughline:"), "the prefix was changed"); //$NON-NLS-1$
        Resource resource = loadBytes(text.getBytes(StandardCharsets.UTF_8), "foreign.throughline");
        assertArrayEquals(canonical, CanonicalFiles.bytes(resource), "the first save writes the canonical form");
    }

    @Test
    void aLargeGeneratedModelIsStableFromTheFirstSave() throws IOException {
        Model model = ModelGenerator.generate(5_000, 11);
        Resource resource = ModelFiles.create(ModelFiles.newResourceSet(), folder.resolve("generated.throughline"));
        resource.getContents().add(model);
        byte[] once = CanonicalFiles.bytes(resource);
        byte[] again = CanonicalFiles.bytes(loadBytes(once, "reloaded.throughline"));
        assertArrayEquals(once, again);
    }

    @Test
    void replacingAFileLeavesNoBackupBesideIt() throws IOException {
        Path file = folder.resolve("work-tree.throughline");
        Files.copy(Examples.file("school-literacy.throughline"), file);
        Resource resource = ModelFiles.load(file);
        ((Model) resource.getContents().get(0)).setName("Renamed"); //$NON-NLS-1$
        CanonicalFiles.replace(resource, file);
        assertArrayEquals(CanonicalFiles.bytes(resource), Files.readAllBytes(file));
        assertEquals("Renamed", ((Model) ModelFiles.load(file).getContents().get(0)).getName()); //$NON-NLS-1$
        try (var listing = Files.list(folder)) {
            assertEquals(List.of(file), listing.toList(), "nothing but the file itself in the folder");
        }
    }

    private static EObject findFirst(Resource resource, Class<?> type) {
        for (var all = resource.getAllContents(); all.hasNext();) {
            EObject next = all.next();
            if (type.isInstance(next)) {
                return next;
            }
        }
        throw new AssertionError("no " + type.getSimpleName()); //$NON-NLS-1$
    }
}
