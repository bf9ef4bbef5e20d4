package org.moneygraph.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.moneygraph.schema.SchemaMigrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the curated seed bundles at startup; loading them again changes nothing. */
@Component
public class SeedLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final BundleImporter importer;
    private final boolean enabled;
    private final String location;
    private final JsonMapper json = JsonMapper.builder().build();

    // The schema must exist before the seed is merged on its constraints.
    public SeedLoader(BundleImporter importer, SchemaMigrations schemaReady,
            @Value("${graph.seed.enabled:true}") boolean enabled,
            @Value("${graph.seed.location:classpath:seed/}") String location) {
        this.importer = importer;
        this.enabled = enabled;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @Override
    public void afterPropertiesSet() {
        if (enabled) {
            load();
        }
    }

    public BundleImporter.Summary load() {
        long started = System.nanoTime();
        BundleImporter.Summary summary = importer.importBundles(readBundles());
        log.info("Seed loaded in {} ms: {} documents, {} passages, {} citations, entities {}, {} relationships",
                (System.nanoTime() - started) / 1_000_000, summary.documents(), summary.passages(),
                summary.citations(), summary.entitiesByLabel(), summary.relationships());
        return summary;
    }

    public List<Bundle> readBundles() {
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            Resource[] files = resolver.getResources(location + "graph/*.json");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<Bundle> bundles = new ArrayList<>();
            for (Resource file : files) {
                JsonNode bundle = json.readTree(file.getContentAsString(StandardCharsets.UTF_8));
                String documentFile = bundle.path("document").path("file").asString("");
                Resource document = resolver.getResource(location + "documents/" + documentFile);
                String text = bundle.path("document").path("text").isString()
                        ? bundle.path("document").path("text").asString()
                        : document.exists() && !documentFile.isEmpty()
                                ? document.getContentAsString(StandardCharsets.UTF_8) : null;
                bundles.add(new Bundle("seed/graph/" + file.getFilename(), bundle, text));
            }
            return bundles;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read the seed from " + location, ex);
        }
    }
}
