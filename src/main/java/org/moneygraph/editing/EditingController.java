package org.moneygraph.editing;

import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Reports, relationships and sources: the writes that are not one entity kind's own fields. */
@Controller
class EditingController {

    private final DocumentEditor documents;
    private final LinkEditor links;

    EditingController(DocumentEditor documents, LinkEditor links) {
        this.documents = documents;
        this.links = links;
    }

    @MutationMapping
    Map<String, Object> createDocument(@Argument Map<String, Object> input) {
        return documents.create(input);
    }

    @MutationMapping
    Map<String, Object> updateDocument(@Argument String id, @Argument int expectedVersion,
            @Argument Map<String, Object> input) {
        return documents.update(id, expectedVersion, input);
    }

    @MutationMapping
    Map<String, Object> deleteDocument(@Argument String id, @Argument int expectedVersion) {
        return documents.delete(id, expectedVersion);
    }

    @MutationMapping
    Map<String, Object> linkNodes(@Argument Map<String, Object> input) {
        return links.link(input);
    }

    @MutationMapping
    Map<String, Object> unlinkNodes(@Argument Map<String, Object> input) {
        return links.unlink(input);
    }

    @MutationMapping
    Map<String, Object> addSource(@Argument Map<String, Object> input) {
        return links.addSource(input);
    }

    @MutationMapping
    Map<String, Object> removeSource(@Argument Map<String, Object> input) {
        return links.removeSource(input);
    }
}
