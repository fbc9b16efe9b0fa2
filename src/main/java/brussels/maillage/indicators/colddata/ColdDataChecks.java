package brussels.maillage.indicators.colddata;

import java.io.IOException;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rule of the cold-data import beyond its fields' annotations: a file is chosen (it
 * comes beside the form, so the page shows its message at the file field).
 */
final class ColdDataChecks {

	private ColdDataChecks() {
	}

	/**
	 * The chosen file's bytes, or {@code null} with the form refused when none was
	 * chosen.
	 */
	static byte[] file(MultipartFile file, Errors errors) throws IOException {
		if (file == null || file.isEmpty()) {
			errors.reject("indicators.cold.file.required");
			return null;
		}
		return file.getBytes();
	}

}
