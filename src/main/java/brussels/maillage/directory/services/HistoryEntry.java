package brussels.maillage.directory.services;

import java.time.Instant;
import java.util.List;

/**
 * One change of a service.
 *
 * @param changedAt when
 * @param changedBy who (an e-mail address, or the source of an import)
 * @param action {@code registered}, {@code edited}, {@code verified} or {@code imported}
 * @param fields names of the fields that changed from the version before
 */
record HistoryEntry(Instant changedAt, String changedBy, String action, List<String> fields) {
}
