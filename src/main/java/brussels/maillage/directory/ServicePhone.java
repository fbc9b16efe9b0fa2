package brussels.maillage.directory;

import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A phone number of a service.
 *
 * @param id phone id
 * @param number the number as dialled in Belgium
 * @param description what the number is for, or empty
 */
public record ServicePhone(UUID id, String number, LocalizedText description) {
}
