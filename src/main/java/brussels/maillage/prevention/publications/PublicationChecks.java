package brussels.maillage.prevention.publications;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

import brussels.maillage.prevention.programmes.ProgrammeService;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rules of a publication form beyond its fields: a real date, a programme of the
 * list, and a PDF that is one (its first bytes say {@code %PDF-}) and not larger than 30
 * MB; each refusal goes to its field.
 */
@Component
class PublicationChecks {

	static final long MAX_PDF = 30L * 1024 * 1024;

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private final ProgrammeService programmes;

	PublicationChecks(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	/**
	 * Checks the form and reads it.
	 * @param hasPdf whether the publication already has a kept PDF (when changed)
	 * @return what was read, meaningful only when {@code errors} stays empty
	 */
	Checked check(PublicationForm form, boolean hasPdf, BindingResult errors) {
		byte[] content = pdf(form.pdf(), errors);
		if (!errors.hasFieldErrors("url") && !errors.hasFieldErrors("pdf") && form.url().isEmpty() && content == null
				&& !hasPdf) {
			errors.rejectValue("url", "publication.url.orPdf");
		}
		LocalDate day = null;
		if (!errors.hasFieldErrors("publishedOn")) {
			try {
				day = LocalDate.parse(form.publishedOn());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("publishedOn", "prevention.session.heldOn.invalid");
			}
		}
		UUID programme = null;
		if (form.programmeId() != null && !form.programmeId().isBlank()) {
			try {
				programme = this.programmes.programme(UUID.fromString(form.programmeId().strip()))
					.map((found) -> found.id())
					.orElse(null);
			}
			catch (IllegalArgumentException ex) {
				programme = null;
			}
			if (programme == null) {
				errors.rejectValue("programmeId", "publication.programme.unknown");
			}
		}
		return new Checked(day, programme, content);
	}

	private static byte[] pdf(MultipartFile file, BindingResult errors) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > MAX_PDF) {
			errors.rejectValue("pdf", "publication.pdf.tooLarge");
			return null;
		}
		try (InputStream in = file.getInputStream()) {
			byte[] content = in.readAllBytes();
			if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
				errors.rejectValue("pdf", "publication.pdf.notPdf");
				return null;
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A form as read.
	 *
	 * @param publishedOn the day it came out
	 * @param programmeId the programme, or {@code null}
	 * @param pdf the uploaded PDF, or {@code null}
	 */
	record Checked(LocalDate publishedOn, UUID programmeId, byte[] pdf) {
	}

}
