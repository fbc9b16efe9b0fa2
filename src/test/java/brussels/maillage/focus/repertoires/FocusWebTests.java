package brussels.maillage.focus.repertoires;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.focus.FocusService;
import brussels.maillage.focus.LinkedEvent;
import brussels.maillage.focus.ListedService;
import brussels.maillage.focus.Repertoire;
import brussels.maillage.system.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Focus repertoires over real HTTP: the public pages, the brochure and the editor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FocusWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern LOCATION_ID = Pattern.compile("/staff/focus/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	FocusService focus;

	@Test
	void publishesTheDemoRepertoiresInFrenchAndDutch() {
		String list = new WebSession(this.port).get("/focus").body();
		assertThat(list).contains("Soins palliatifs et fin de vie")
			.contains("Soutien à domicile pour les personnes de plus de 60 ans");
		HttpResponse<String> fr = new WebSession(this.port).get("/focus/fin-de-vie");
		assertThat(fr.statusCode()).isEqualTo(200);
		assertThat(fr.body()).contains("<html lang=\"fr\"")
			.contains("Liste vérifiée le")
			.contains("Près de chez soi : la première ligne")
			.contains("Pour toute la Région")
			.contains("/focus/fin-de-vie/brochure.pdf?lang=nl")
			.doesNotContain("??");
		String nl = new WebSession(this.port).language("nl").get("/focus/fin-de-vie").body();
		assertThat(nl).contains("<html lang=\"nl\"")
			.contains("Palliatieve zorg en levenseinde")
			.contains("Lijst nagekeken op")
			.contains("Dicht bij huis: de eerste lijn")
			.doesNotContain("??");
		assertThat(new WebSession(this.port).get("/focus/nulle-part").statusCode()).isEqualTo(404);
	}

	@Test
	void printsTheRepertoireAsABrochureThatOpensAndRendersInBothLanguages() throws IOException {
		Repertoire repertoire = this.focus.published("fin-de-vie").orElseThrow();
		assertThat(repertoire.entryCount()).isPositive();
		for (String language : List.of("fr", "nl")) {
			HttpResponse<byte[]> response = bytes("/focus/fin-de-vie/brochure.pdf?lang=" + language);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
			try (PDDocument pdf = Loader.loadPDF(response.body())) {
				assertThat(pdf.getNumberOfPages()).as("a cover and at least one page of services")
					.isGreaterThanOrEqualTo(2);
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
				String firstService = this.focus.view(repertoire)
					.sections()
					.get(0)
					.services()
					.get(0)
					.service()
					.name()
					.in(java.util.Locale.of(language))
					.text();
				if (language.equals("fr")) {
					assertThat(text).contains("Soins palliatifs et fin de vie")
						.contains("Téléphone")
						.contains("Adresse")
						.contains("source : Maillage");
				}
				else {
					assertThat(text).contains("Palliatieve zorg en levenseinde")
						.contains("Telefoon")
						.contains("Adres")
						.contains("bron: Maillage");
				}
				assertThat(text).contains(firstService.replaceAll("\\s+", " "));
				PDFRenderer renderer = new PDFRenderer(pdf);
				Path shots = Path.of("target", "screenshots");
				Files.createDirectories(shots);
				for (int page = 0; page < Math.min(3, pdf.getNumberOfPages()); page++) {
					BufferedImage image = renderer.renderImageWithDPI(page, 72);
					assertThat(image.getWidth()).isBetween(590, 600);
					ImageIO.write(image, "png",
							shots.resolve("focus-brochure-" + language + "-page" + (page + 1) + ".png").toFile());
				}
				BufferedImage cover = renderer.renderImageWithDPI(0, 20);
				int rgb = cover.getRGB(cover.getWidth() / 2, cover.getHeight() / 2);
				assertThat((rgb & 0xff) > 0x40 && ((rgb >> 16) & 0xff) < 0x40).as("the cover is dark blue").isTrue();
			}
		}
		assertThat(bytes("/focus/nulle-part/brochure.pdf").statusCode()).isEqualTo(404);
	}

	@Test
	void aRepertoireLinkedToItsWebinarMentionsItOnItsPageAndInItsBrochure() throws IOException {
		Repertoire repertoire = this.focus.published("fin-de-vie").orElseThrow();
		UUID demoEvent = repertoire.eventId();
		assertThat(demoEvent).as("the demo links the repertoire to its Focus live webinar").isNotNull();
		LinkedEvent webinar = this.focus.linkedEvent(demoEvent).orElseThrow();
		assertThat(webinar.title().fr()).startsWith("Focus live : soins palliatifs");
		WebSession editor = new WebSession(this.port);
		editor.login("coordination@demo.maillage.brussels", PASSWORD);
		try {
			String page = editor.get("/staff/focus/" + repertoire.id()).body();
			assertThat(page).contains("id=\"eventId\"")
				.contains("value=\"" + demoEvent + "\" selected")
				.contains("id=\"linked-event\"");
			// Unlinked: the public page no longer mentions it.
			assertThat(editor.post("/staff/focus/" + repertoire.id() + "/event", Map.of("eventId", "")).statusCode())
				.isEqualTo(302);
			assertThat(new WebSession(this.port).get("/focus/fin-de-vie").body()).doesNotContain("focus-event-link");
			// An event that is not in the agenda is refused; the link stays as it was.
			editor.get("/staff/focus/" + repertoire.id());
			editor.post("/staff/focus/" + repertoire.id() + "/event", Map.of("eventId", UUID.randomUUID().toString()));
			assertThat(this.focus.repertoire(repertoire.id()).orElseThrow().eventId()).isNull();
			// Linked again: page in fr and nl, and the brochure, give its title, date and
			// link.
			editor.get("/staff/focus/" + repertoire.id());
			assertThat(
					editor.post("/staff/focus/" + repertoire.id() + "/event", Map.of("eventId", demoEvent.toString()))
						.statusCode())
				.isEqualTo(302);
			String fr = new WebSession(this.port).get("/focus/fin-de-vie").body();
			assertThat(fr).contains("id=\"focus-event-link\"")
				.contains("/agenda/" + demoEvent)
				.contains(webinar.title().fr())
				.contains(new FocusText(java.util.Locale.FRENCH).dateTime(webinar.startsAt()));
			String nl = new WebSession(this.port).language("nl").get("/focus/fin-de-vie").body();
			assertThat(nl).contains(webinar.title().nl()).contains("webinar");
			try (PDDocument pdf = Loader.loadPDF(bytes("/focus/fin-de-vie/brochure.pdf?lang=fr").body())) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
				assertThat(text).contains(webinar.title().fr())
					.contains(new FocusText(java.util.Locale.FRENCH).dateTime(webinar.startsAt()))
					.contains("/agenda/" + demoEvent);
			}
		}
		finally {
			this.focus.linkEvent(repertoire.id(), demoEvent);
		}
	}

	@Test
	void anEditorBuildsARepertoireThatIsPublishedOnlyWhenCompleteAndFlagsStaleServices() {
		UUID stale = staleService();
		WebSession editor = new WebSession(this.port);
		assertThat(editor.get("/staff/focus").statusCode()).as("editing needs a sign-in").isEqualTo(302);
		editor.login("nord@demo.maillage.brussels", PASSWORD);
		assertThat(editor.get("/staff/focus").body()).contains("Soins palliatifs et fin de vie");

		editor.get("/staff/focus/new");
		HttpResponse<String> invalid = editor.post("/staff/focus/new",
				Map.of("slug", "Fin de Vie!", "titleFr", "", "titleNl", "Diabetes", "introductionFr", "Texte gardé"));
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("id=\"slug-error\"")
			.contains("Utilisez des lettres minuscules")
			.contains("aria-describedby=\"slug-hint slug-error\"")
			.contains("Texte gardé")
			.contains("value=\"Diabetes\"");

		String slug = "diabete-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = editor.post("/staff/focus/new", Map.of("slug", slug, "titleFr",
				"Diabète de type 2", "titleNl", "", "introductionFr", "Pour les soignant·es.", "introductionNl", ""));
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher id = LOCATION_ID.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		String edit = "/staff/focus/" + id.group(1);

		editor.get(edit);
		editor.post(edit + "/publish", Map.of());
		assertThat(editor.get(edit).body()).contains("Il faut le titre en français et en néerlandais")
			.contains("Il faut au moins un service");
		assertThat(new WebSession(this.port).get("/focus/" + slug).statusCode()).isEqualTo(404);

		HttpResponse<String> noQuestion = editor.post(edit + "/sections",
				Map.of("level", "", "sectionTitleFr", "", "sectionTitleNl", ""));
		assertThat(noQuestion.body()).contains("id=\"sectionTitleFr-error\"").contains("Écrivez la question");
		editor.post(edit + "/sections", Map.of("level", "COMMUNE", "sectionTitleFr", "", "sectionTitleNl", ""));
		String page = editor.get(edit + "?q=" + "Centre+de+test+obsolete").body();
		assertThat(page).contains("Dans la commune");
		Matcher section = Pattern.compile("<option value=\"([0-9a-f-]{36})\">Dans la commune</option>").matcher(page);
		assertThat(section.find()).isTrue();
		assertThat(page).contains("name=\"serviceId\" value=\"" + stale + "\"");
		editor.post(edit + "/services", Map.of("sectionId", section.group(1), "serviceId", stale.toString(), "noteFr",
				"Sur rendez-vous.", "noteNl", "Op afspraak."));

		editor.get(edit + "/details");
		editor.post(edit + "/details", Map.of("slug", slug, "titleFr", "Diabète de type 2", "titleNl",
				"Type 2-diabetes", "introductionFr", "Pour les soignant·es.", "introductionNl", "Voor zorgverleners."));
		editor.get(edit);
		HttpResponse<String> published = editor.post(edit + "/publish", Map.of());
		assertThat(published.statusCode()).isEqualTo(302);

		String publicPage = new WebSession(this.port).get("/focus/" + slug).body();
		assertThat(publicPage).contains("Centre de test obsolète")
			.contains("Sur rendez-vous.")
			.contains("Informations non vérifiées depuis plus d")
			.contains("1 service à revoir");
		assertThat(new WebSession(this.port).language("nl").get("/focus/" + slug).body()).contains("Op afspraak.")
			.contains("Type 2-diabetes");

		editor.get(edit);
		editor.post(edit + "/unpublish", Map.of());
		assertThat(new WebSession(this.port).get("/focus/" + slug).statusCode()).isEqualTo(404);
	}

	private UUID staleService() {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Organisation de test Focus",
				LocalizedText.of("Organisation de test", null, null), null, null,
				List.of(new ServiceLocation(UUID.randomUUID(), null, "Rue Josaphat 10", "1030", "Schaerbeek", "21015",
						50.86, 4.37, false)));
		this.directory.register(organization);
		RegisterService service = new RegisterService(UUID.randomUUID(), organization.id(),
				LocalizedText.of("Centre de test obsolète", "Verouderd testcentrum", null),
				LocalizedText.of("Accompagnement des personnes diabétiques.", null, null), null, null, null,
				ServiceStatus.ACTIVE, ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(),
				AreaLevel.COMMUNE, List.of("21015"), List.of(organization.locations().get(0).id()),
				List.of("02 555 12 34"), List.of(), List.of("diabetes"), Instant.now().minus(800, ChronoUnit.DAYS),
				"test");
		this.directory.register(service, "test");
		return service.id();
	}

	private HttpResponse<byte[]> bytes(String path) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
						HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
