package brussels.maillage.directory.taxonomy;

import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor types to give a synonym group a broader concept: a term of the broader
 * group ("assuétudes" for the group of cocaine), exactly as typed.
 *
 * @param term a term of the broader group
 */
record BroaderForm(@NotBlank @Size(max = 60) String term) {

	BroaderForm {
		term = Objects.requireNonNullElse(term, "");
	}

	static BroaderForm empty() {
		return new BroaderForm("");
	}

}
