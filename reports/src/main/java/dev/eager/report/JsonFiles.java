package dev.eager.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The JSON files of a run folder, parsed and written one way: every way a file can be unusable
 * becomes a {@link BadInput} naming it, and a file is written beside itself and moved into place,
 * so a reader never sees half of one.
 */
final class JsonFiles {
    // Trailing tokens fail: two arrays pasted together must not read as the first one alone.
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    /** Parses {@code file}, turning every way it can be unusable into one line. */
    static JsonNode parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInput(file, "missing (is this a run folder written by the harness?)");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInput(file, "cannot read: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new BadInput(file, "empty (was the run interrupted?)");
        }
        try {
            JsonNode node = JSON.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw new BadInput(file, "empty (was the run interrupted?)");
            }
            return node;
        } catch (JsonEOFException e) {
            throw new BadInput(file, "truncated at byte " + bytes.length + " (was the run interrupted?)");
        } catch (JsonProcessingException e) {
            // Cut between two array entries, Jackson reports a parse error rather than an EOF.
            if (String.valueOf(e.getOriginalMessage()).startsWith("Unexpected end-of-input")) {
                throw new BadInput(file, "truncated at byte " + bytes.length + " (was the run interrupted?)");
            }
            var where = e.getLocation();
            throw new BadInput(file, "malformed JSON at line " + where.getLineNr() + ", column "
                    + where.getColumnNr() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadInput(file, "cannot read: " + e.getMessage());
        }
    }

    /** Writes {@code json} indented to {@code file}, through a temporary sibling moved into place. */
    static void write(JsonNode json, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, JSON.writeValueAsString(json) + "\n");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }
}
