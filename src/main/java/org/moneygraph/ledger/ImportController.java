package org.moneygraph.ledger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** The import mutations: a bundle as JSON text, a ledger as Base64 bytes, both answered with a report. */
@Controller
class ImportController {

    private final LedgerImporter ledgers;
    private final BundleImports bundles;

    ImportController(LedgerImporter ledgers, BundleImports bundles) {
        this.ledgers = ledgers;
        this.bundles = bundles;
    }

    @MutationMapping
    ImportReport importBundle(@Argument String content, @Argument Boolean dryRun) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return bundles.importBundle("request", content, null, Boolean.TRUE.equals(dryRun), actor);
    }

    @MutationMapping
    ImportReport importLedger(@Argument String fileName, @Argument String contentBase64, @Argument LedgerKind kind,
            @Argument Boolean dryRun) {
        Actor actor = Actor.current().require(Role.EDITOR);
        String name = fileName.replaceAll("^.*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            throw new InvalidInputException("fileName", "must name the file (文件名), such as 项目台账.xlsx");
        }
        Path file = null;
        try {
            file = Files.createTempFile("ledger-", ".upload");
            try (InputStream in = Base64.getMimeDecoder().wrap(new ByteArrayInputStream(
                    contentBase64.getBytes(StandardCharsets.ISO_8859_1)))) {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            catch (IOException | IllegalArgumentException ex) {
                throw new InvalidInputException("contentBase64", "is not valid Base64 (文件内容)");
            }
            return ledgers.importFile(file, name, kind, Boolean.TRUE.equals(dryRun), actor, LedgerImporter.Progress.NONE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                }
                catch (IOException ignored) {
                    // A temporary file left behind is the operating system's to clean.
                }
            }
        }
    }
}
