package brussels.maillage.territory;

import brussels.maillage.system.LocalizedText;

/**
 * One of the 5 bassins d'aide et de soins, with the figures it publishes itself.
 *
 * @param code stable code, for example {@code NORD_EST}
 * @param name names in French, Dutch and English
 * @param website the bassin's website
 * @param quartiersPublished number of quartiers social-santé its website lists
 * @param populationPublished population as its website states it (free text)
 * @param source the page these facts come from
 */
public record Bassin(String code, LocalizedText name, String website, Integer quartiersPublished,
		String populationPublished, String source) {
}
