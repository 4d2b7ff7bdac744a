// SPDX-License-Identifier: EPL-2.0
package org.throughline.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.throughline.model.api.AtomicFiles;

/**
 * A separate program for crash tests of {@link AtomicFiles}: for each kind of file the product
 * writes, it holds two versions (written by the product's own writers beforehand) and writes
 * them, alternately, for ever, through the one safe writer, printing {@code writing} before the
 * first write. The test kills it mid-write and then checks every file.
 * <p>
 * Arguments: the folder of versions ({@code KIND.a} and {@code KIND.b} for each kind), the folder
 * to write {@code KIND} files into.
 */
public final class WriteLoop {

    private WriteLoop() {
    }

    /**
     * @param arguments the folder of versions, the output folder
     * @throws Exception on any failure, which ends the program
     */
    public static void main(String[] arguments) throws Exception {
        Path versions = Path.of(arguments[0]);
        Path out = Path.of(arguments[1]);
        List<String> kinds = new ArrayList<>();
        List<byte[][]> contents = new ArrayList<>();
        try (var files = Files.list(versions)) {
            for (Path a : files.filter(p -> p.getFileName().toString().endsWith(".a")).sorted().toList()) {
                String name = a.getFileName().toString();
                String kind = name.substring(0, name.length() - 2);
                kinds.add(kind);
                contents.add(new byte[][] { Files.readAllBytes(a), Files.readAllBytes(versions.resolve(kind + ".b")) });
            }
        }
        System.out.println("writing");
        System.out.flush();
        for (long i = 0;; i++) {
            for (int k = 0; k < kinds.size(); k++) {
                AtomicFiles.write(out.resolve(kinds.get(k)), contents.get(k)[(int) ((i + k) % 2)]);
            }
        }
    }
}
