package brussels.maillage.identity;

import brussels.maillage.system.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A team of staff, working for one territory.
 *
 * @param id team id
 * @param code stable code
 * @param name name in fr, nl and en
 * @param territory the territory it works for
 */
@Table("team")
public record Team(@Id Long id, String code, LocalizedText name, TerritoryScope territory) {
}
