package dev.loket.forms.delivery;

import dev.loket.forms.submission.StoredSubmission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Writes each submission as {@code <id>.json} in a directory that a back office (or a person)
 * picks up. The file appears whole or not at all: it is written to a temporary file in the same
 * directory, flushed to disk and moved into place atomically. Delivering the same submission again
 * leaves the same file, so retries are harmless.
 */
public final class FileDelivery implements SubmissionDelivery {

    private final Path directory;

    /** @throws UncheckedIOException when the directory cannot be created */
    public FileDelivery(Path directory) {
        try {
            this.directory = Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the delivery directory " + directory, e);
        }
    }

    /** Where the submission's file is (or will be). */
    public Path fileOf(StoredSubmission submission) {
        return directory.resolve(submission.id() + ".json");
    }

    @Override
    public void deliver(StoredSubmission submission) throws IOException {
        Path target = fileOf(submission);
        byte[] content = document(submission);
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Path temporary = Files.createTempFile(directory, "." + submission.id(), ".tmp");
        try {
            try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
                file.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static byte[] document(StoredSubmission submission) throws IOException {
        return SubmissionDocument.JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(SubmissionDocument.of(submission));
    }
}
