package org.moneygraph.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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

/**
 * Loads the curated seed bundles at startup. Each loaded bundle is recorded as a {@code SeedBundle} node with
 * its SHA-256, and a bundle whose hash is recorded is skipped: a restart neither rewrites the seed nor undoes
 * what users changed since. A bundle that did change is merged node by node, so only its real changes are
 * written, each with a new {@code version} and a {@code Change}.
 */
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
        Map<String, String> loaded = importer.loadedSeedBundles();
        List<Bundle> changed = readBundles().stream().filter(b -> !b.sha256().equals(loaded.get(b.name()))).toList();
        if (changed.isEmpty()) {
            log.info("Seed unchanged since it was loaded; nothing to do");
            return BundleImporter.Summary.NOTHING;
        }
        BundleImporter.Summary summary = importer.importBundles(changed, ImportContext.newBatch("system"), false,
                changed.stream().map(Bundle::name).toList());
        log.info("Seed bundles {} loaded in {} ms: {} documents, {} passages, {} citations, entities {}, "
                + "{} relationships; {} nodes created, {} changed, {} unchanged",
                changed.stream().map(Bundle::name).toList(), (System.nanoTime() - started) / 1_000_000,
                summary.documents(), summary.passages(), summary.citations(), summary.entitiesByLabel(),
                summary.relationships(), summary.createdIds().size(), summary.changedIds().size(), summary.unchanged());
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
