// SPDX-License-Identifier: EPL-2.0
package org.throughline.analysis.internal;

import java.util.Arrays;

/**
 * The dominator tree of a directed graph: node {@code d} dominates node {@code n} when every path
 * from the root to {@code n} passes through {@code d}, so that taking {@code d} away cuts {@code n}
 * off. Computed with the iterative algorithm of Cooper, Harvey and Kennedy ("A Simple, Fast
 * Dominance Algorithm", 2001): each node's immediate dominator is the nearest common ancestor, in
 * the tree built so far, of its processed predecessors, repeated in reverse postorder until nothing
 * changes (one or two passes on the graphs of delivery chains).
 */
public final class Dominators {

    /** The immediate dominator of a node the root does not reach. */
    public static final int UNREACHED = -1;

    private Dominators() {
    }

    /**
     * @param successors for each node, the nodes its edges lead to (repeats and loops allowed)
     * @param root       the node every path starts from
     * @return for each node, its immediate dominator: the root's is the root itself, an unreached
     *         node's {@link #UNREACHED}
     */
    public static int[] immediate(int[][] successors, int root) {
        int count = successors.length;
        // Postorder numbers by a depth-first search kept on an explicit stack (a chain may be deep).
        int[] postorder = new int[count];
        Arrays.fill(postorder, UNREACHED);
        int[] order = new int[count];
        int visited = 0;
        boolean[] seen = new boolean[count];
        int[] stack = new int[count];
        int[] next = new int[count];
        int depth = 0;
        stack[depth++] = root;
        seen[root] = true;
        while (depth > 0) {
            int node = stack[depth - 1];
            if (next[node] < successors[node].length) {
                int to = successors[node][next[node]++];
                if (!seen[to]) {
                    seen[to] = true;
                    stack[depth++] = to;
                }
            } else {
                depth--;
                postorder[node] = visited;
                order[visited++] = node;
            }
        }
        int[][] predecessors = predecessors(successors, seen);
        int[] idom = new int[count];
        Arrays.fill(idom, UNREACHED);
        idom[root] = root;
        boolean changed = true;
        while (changed) {
            changed = false;
            // Reverse postorder, the root (last in postorder) left out.
            for (int i = visited - 2; i >= 0; i--) {
                int node = order[i];
                int found = UNREACHED;
                for (int p : predecessors[node]) {
                    if (idom[p] != UNREACHED) {
                        found = found == UNREACHED ? p : meet(p, found, idom, postorder);
                    }
                }
                if (idom[node] != found) {
                    idom[node] = found;
                    changed = true;
                }
            }
        }
        return idom;
    }

    /** @return the nearest common dominator of two nodes, walking up the tree built so far by postorder number */
    private static int meet(int a, int b, int[] idom, int[] postorder) {
        int x = a;
        int y = b;
        while (x != y) {
            while (postorder[x] < postorder[y]) {
                x = idom[x];
            }
            while (postorder[y] < postorder[x]) {
                y = idom[y];
            }
        }
        return x;
    }

    /** @return for each reached node, the reached nodes with an edge to it */
    private static int[][] predecessors(int[][] successors, boolean[] reached) {
        int[] sizes = new int[successors.length];
        for (int from = 0; from < successors.length; from++) {
            if (reached[from]) {
                for (int to : successors[from]) {
                    sizes[to]++;
                }
            }
        }
        int[][] predecessors = new int[successors.length][];
        for (int node = 0; node < successors.length; node++) {
            predecessors[node] = new int[sizes[node]];
            sizes[node] = 0;
        }
        for (int from = 0; from < successors.length; from++) {
            if (reached[from]) {
                for (int to : successors[from]) {
                    predecessors[to][sizes[to]++] = from;
                }
            }
        }
        return predecessors;
    }
}
