package brussels.maillage.directory.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.demo.DemoWords.Commune;
import brussels.maillage.system.LocalizedText;

/**
 * First-line services that no template of the generator invents and that a visitor looks
 * for (speech therapy, social restaurants, food aid, violence, night shelters, language
 * courses, debt mediation, legal aid, youth, infant consultations, interpreting), read
 * from {@code first-line.txt}: invented organisations on real streets, written in French
 * and Dutch, with their own eligibility, hours and languages. Their ids come from their
 * keys and their phone numbers from a random stream of their own, so the generated
 * directory of a seed stays as it was.
 */
final class DemoFirstLine {

	/** One line of the file: an organisation and its service. */
	record Entry(RegisterOrganization organization, RegisterService service) {
	}

	static final List<Entry> ENTRIES = read();

	private DemoFirstLine() {
	}

	static List<RegisterOrganization> organizations() {
		return ENTRIES.stream().map(Entry::organization).toList();
	}

	static List<RegisterService> services() {
		return ENTRIES.stream().map(Entry::service).toList();
	}

	private static List<Entry> read() {
		try (InputStream in = DemoFirstLine.class.getResourceAsStream("first-line.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map((line) -> entry(line.split("\\|", -1)))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Entry entry(String[] field) {
		if (field.length != 21) {
			throw new IllegalStateException("A first-line demo service has 21 fields: " + field[0]);
		}
		String key = field[0];
		DemoDraws random = new DemoDraws(new Random(key.hashCode()));
		Commune commune = DemoWords.COMMUNES.stream()
			.filter((candidate) -> candidate.nis().equals(field[3]))
			.findFirst()
			.orElseThrow();
		String organisation = field[2];
		ServiceLocation place = new ServiceLocation(id("location", key), null, field[4], commune.postcode(),
				commune.fr(), commune.nis(), near(commune.lat(), random, 0.006), near(commune.lon(), random, 0.009),
				field[5].equals("y"));
		String slug = DemoDirectoryGenerator.slug(organisation);
		RegisterOrganization organization = new RegisterOrganization(id("organization", key), organisation,
				LocalizedText.of("Association sans but lucratif active à " + commune.fr() + ".",
						"Vzw actief in " + commune.nl() + ".", null),
				"contact@" + slug + ".example.org", "https://" + slug + ".example.org", List.of(place));
		String[] area = field[6].split(":");
		AreaLevel level = switch (area[0]) {
			case "R" -> AreaLevel.REGION;
			case "B" -> AreaLevel.BASSIN;
			case "C" -> AreaLevel.COMMUNE;
			case "Q" -> AreaLevel.QUARTIER;
			default -> throw new IllegalStateException("Unknown area " + field[6] + " of " + key);
		};
		List<String> codes = (level == AreaLevel.REGION) ? List.of()
				: Arrays.stream(area[1].split(","))
					.map((code) -> (level == AreaLevel.QUARTIER) ? "Q" + code : code)
					.toList();
		String[] ages = field[8].split("-", -1);
		Cost cost = Cost.valueOf(field[9]);
		int days = random.nextInt(400);
		String verifier = random.pick(List.of("nord@demo.maillage.brussels", "sud@demo.maillage.brussels",
				"coordination@demo.maillage.brussels"));
		RegisterService service = new RegisterService(id("service", key), organization.id(),
				LocalizedText.of(field[13], field[14], null), LocalizedText.of(field[15], field[16], null),
				LocalizedText.of(field[19], field[20], null),
				LocalizedText.of(DemoDirectoryGenerator.fees(cost, true), DemoDirectoryGenerator.fees(cost, false),
						null),
				LocalizedText.of(field[17], field[18], null), ServiceStatus.ACTIVE,
				field[1].equals("L") ? ServiceKind.ORIENTATION_LINE : ServiceKind.SERVICE, organization.website(),
				organization.email(), age(ages[0]), age(ages[1]), cost, List.of(field[10].split(",")),
				List.of(field[11].split(",")), level, codes, List.of(place.id()), List.of(random.phone()),
				hours(field[12]), field[7].equals("-") ? List.of() : List.of(field[7].split(",")),
				DemoDirectoryGenerator.REFERENCE_TIME.minus(days, ChronoUnit.DAYS), verifier);
		return new Entry(organization, service);
	}

	/**
	 * Hours written {@code 1-5 09:00-17:00, 6 09:00-12:00} (ISO days), each optionally
	 * followed by the days they hold ({@code 2026-11-01/2027-03-31}).
	 */
	static List<OpeningHours> hours(String written) {
		List<OpeningHours> hours = new ArrayList<>();
		for (String part : written.split(", ")) {
			String[] words = part.split(" ");
			String[] days = words[0].split("-");
			String[] times = words[1].split("-");
			String[] valid = (words.length > 2) ? words[2].split("/") : null;
			for (int day = Integer.parseInt(days[0]); day <= Integer.parseInt(days[days.length - 1]); day++) {
				hours.add(new OpeningHours(DayOfWeek.of(day), LocalTime.parse(times[0]), LocalTime.parse(times[1]),
						(valid != null) ? LocalDate.parse(valid[0]) : null,
						(valid != null) ? LocalDate.parse(valid[1]) : null));
			}
		}
		return hours;
	}

	private static Integer age(String written) {
		return written.isBlank() ? null : Integer.valueOf(written);
	}

	private static double near(double centre, DemoDraws random, double spread) {
		return Math.round((centre + (random.nextInt(1000) / 1000.0 - 0.5) * spread) * 1e6) / 1e6;
	}

	private static UUID id(String kind, String key) {
		return UUID
			.nameUUIDFromBytes(("maillage-demo-first-line-" + kind + "-" + key).getBytes(StandardCharsets.UTF_8));
	}

}
