package org.moneygraph.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The committed seed passes the importer's validation, without a database. */
class SeedFilesTest {

    @Test
    void everySeedBundleIsValid() {
        String location = System.getProperty("seed.check.location", "file:seed/");
        SeedLoader loader = new SeedLoader(null, null, false, location);
        List<Bundle> bundles = loader.readBundles();
        assertThat(bundles).isNotEmpty();
        try {
            BundlePlan plan = BundlePlan.of(bundles, keys -> Map.of());
            assertThat(plan.entities()).isNotEmpty();
        }
        catch (BundleValidationException ex) {
            throw new AssertionError(String.join("\n", ex.problems().stream().map(Object::toString).toList()), ex);
        }
    }
}
