package org.moneygraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A Relay connection page: edges with opaque cursors, page information and the total count. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /** The page asked for: where it starts and how many it holds. */
    public record Page(int offset, int limit) {
    }

    public static final int MAX_PAGE_SIZE = 100;

    public static Page page(Integer first, String after) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first", "must be between 0 and " + MAX_PAGE_SIZE + " (每页条数)");
        }
        return new Page(after == null ? 0 : decode(after) + 1, limit);
    }

    /**
     * The first {@code first} items of a list a field returns whole, or all of them when {@code first} is null: a
     * list without cursors, such as what is behind or a network's pairings. The upper bound is the document
     * check's, as for every {@code first}.
     */
    public static <T> List<T> head(List<T> items, Integer first) {
        if (first == null) {
            return items;
        }
        if (first < 0) {
            throw new InvalidInputException("first", "must be 0 or more, not " + first);
        }
        return items.subList(0, Math.min(first, items.size()));
    }

    public static <T> Connection<T> of(List<T> nodes, Page page, int total) {
        List<Edge<T>> edges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            edges.add(new Edge<>(encode(page.offset() + i), nodes.get(i)));
        }
        return new Connection<>(edges, new PageInfo(page.offset() + nodes.size() < total, page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
                total);
    }

    static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith("offset:")) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(text.substring("offset:".length()));
            if (offset < 0) {
                throw new IllegalArgumentException();
            }
            return offset;
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidInputException("after", "is not a cursor this API gave out (游标无效)");
        }
    }
}
