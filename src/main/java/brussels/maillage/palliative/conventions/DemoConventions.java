package brussels.maillage.palliative.conventions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo conventions: 20 nursing homes of the demo directory signed in 2024 (the 2024
 * activity report, annex 3, action 4: "20 conventions signées"), each with a placeholder
 * signed PDF; the other nursing homes of the demo directory are left to approach.
 */
@Component
class DemoConventions {

	private static final Logger log = LoggerFactory.getLogger(DemoConventions.class);

	private static final int SIGNED_2024 = 20;

	private final DemoMode demo;

	private final ConventionService service;

	private final ConventionRepository conventions;

	DemoConventions(DemoMode demo, ConventionService service, ConventionRepository conventions) {
		this.demo = demo;
		this.service = service;
		this.conventions = conventions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demo.enabled() || this.conventions.count() > 0) {
			return;
		}
		List<ConventionService.NursingHome> homes = this.service.nursingHomes()
			.stream()
			.filter((home) -> home.bassin() != null)
			.toList();
		int signing = Math.min(SIGNED_2024, homes.size());
		for (int i = 0; i < signing; i++) {
			ConventionService.NursingHome home = homes.get(i);
			LocalDate identified = LocalDate.of(2023, 11, 6).plusDays(i * 3L);
			long id = this.conventions.insert(home.id(), home.name(), (i % 3 == 0) ? "MR" : "MR_MRS", home.bassin(),
					"2024-1", identified, null);
			LocalDate presented = LocalDate.of(2024, 1, 15).plusDays(i * 12L);
			this.conventions.advance(id, ConventionStatus.PRESENTED, presented, null, null, null, null, null);
			this.conventions.advance(id, ConventionStatus.SENT, presented.plusDays(10), null, null, null, null, null);
			LocalDate signed = presented.plusDays(30);
			this.conventions.advance(id, ConventionStatus.SIGNED, signed, "Direction de l'institution", null,
					placeholderPdf(home.name()), "convention-" + id + ".pdf", null);
		}
		log.info("Demo palliative conventions loaded: {} signed in 2024 ({} nursing homes in the demo directory)",
				signing, homes.size());
	}

	/** A one-page PDF saying it stands in for the signed convention. */
	private static byte[] placeholderPdf(String name) {
		String text = ("Convention (demo) - " + name).replaceAll("[^A-Za-z0-9 .,'-]", " ");
		String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		int[] offsets = new int[objects.length];
		for (int i = 0; i < objects.length; i++) {
			offsets[i] = pdf.length();
			pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.length + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

}
