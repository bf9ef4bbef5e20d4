package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replays the README's "Writing and importing" walkthrough over HTTP, with real tokens, on a fresh database, and
 * compares every answer with the one printed there. Only what a run cannot repeat (the token's secret and ID) is
 * left out of the comparison.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeWalkthroughTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, ReadmeWalkthroughTest.class);
        TestDatabases.adminToken(registry);
    }

    @Test
    void theWalkthroughAnswersAsPrinted() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Writing and importing, a walkthrough");
        assertThat(start).as("the walkthrough section").isPositive();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 3));
        List<String> queries = blocks(section, "graphql");
        List<JsonNode> answers = blocks(section, "json").stream().map(JSON::readTree).toList();
        assertThat(queries).hasSize(4);
        assertThat(answers).hasSize(7);

        GraphQl admin = new GraphQl(port).withToken(TestDatabases.ADMIN_TOKEN);
        JsonNode created = admin.post(queries.get(0), Map.of());
        String secret = created.path("data").path("createApiToken").path("secret").asString();
        assertThat(secret).startsWith("mgt_");
        assertThat(withoutRunIds(created)).isEqualTo(withoutRunIds(answers.get(0)));

        GraphQl editor = new GraphQl(port).withToken(secret);
        String content = Base64.getEncoder().encodeToString(Files.readAllBytes(Path.of("seed/templates/项目台账.csv")));
        JsonNode dryRun = editor.post(queries.get(1), Map.of("content", content, "dry", true));
        assertThat(dryRun.path("data").path("importLedger").path("outcome").asString()).isEqualTo("DRY_RUN");
        assertThat(editor.post(queries.get(1), Map.of("content", content, "dry", false))).isEqualTo(answers.get(1));
        assertThat(editor.post(queries.get(1), Map.of("content", content, "dry", false))).isEqualTo(answers.get(2));

        assertThat(editor.post(queries.get(2), Map.of())).isEqualTo(answers.get(3));
        assertThat(errorsWithoutLocations(editor.post(queries.get(2), Map.of()))).isEqualTo(answers.get(4));
        JsonNode outside = editor.post("mutation { updateRegion(id: \"Region:001-city\", expectedVersion: 1, "
                + "input: {note: \"x\"}) { id } }", Map.of());
        assertThat(errorsWithoutLocations(outside)).isEqualTo(answers.get(5));

        assertThat(admin.post(queries.get(3), Map.of())).isEqualTo(answers.get(6));
    }

    private static List<String> blocks(String text, String language) {
        Matcher block = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> found = new ArrayList<>();
        while (block.find()) {
            found.add(block.group(1));
        }
        return found;
    }

    private static JsonNode withoutRunIds(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        ObjectNode created = (ObjectNode) copy.path("data").path("createApiToken");
        created.remove("secret");
        ((ObjectNode) created.path("token")).remove("id");
        return copy;
    }

    /** The README prints errors without their source locations, which say nothing to a reader. */
    private static JsonNode errorsWithoutLocations(JsonNode answer) {
        ObjectNode copy = (ObjectNode) answer.deepCopy();
        copy.path("errors").forEach(error -> ((ObjectNode) error).remove("locations"));
        return copy;
    }
}
