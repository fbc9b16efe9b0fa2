package brussels.maillage.directory.services;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the service page ({@code ${@serviceExtras...}}): what an imported service adds to
 * it (its area as the package wrote it, its organisation's phones), its other names and
 * program, the opening hours that hold today, and the names of the languages spoken in
 * the reader's language.
 */
@Component("serviceExtras")
class ServiceExtras {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final MessageSource messages;

	private final Clock clock;

	private final TerritoryService territory;

	ServiceExtras(JdbcClient jdbc, JsonMapper json, MessageSource messages, Clock clock, TerritoryService territory) {
		this.territory = territory;
		this.jdbc = jdbc;
		this.json = json;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The service area as an imported package wrote it, when it names no Brussels
	 * territory ("MyCity area"); null otherwise.
	 */
	public String areaAsWritten(UUID service) {
		return this.jdbc.sql("select area_description from service where id = ?")
			.param(service)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The alternate names of the service and of its organisation, and its program's name.
	 */
	public OtherNames otherNames(UUID service) {
		return this.jdbc.sql("""
				select s.alternate_name, o.alternate_name as organization, p.name as program from service s
				join organization o on o.id = s.organization_id left join program p on p.id = s.program_id
				where s.id = ?""")
			.param(service)
			.query((rs, row) -> new OtherNames(rs.getString("alternate_name"), rs.getString("organization"),
					rs.getString("program")))
			.optional()
			.orElse(OtherNames.NONE);
	}

	/** The phones of the organisation itself (imported packages give them). */
	public List<ServicePhone> organizationPhones(UUID organization) {
		return this.jdbc.sql("""
				select id, number, description::text as description from phone
				where organization_id = ? and service_id is null order by number, id""")
			.param(organization)
			.query((rs, row) -> new ServicePhone(rs.getObject("id", UUID.class), rs.getString("number"),
					this.json.readValue(rs.getString("description"), LocalizedText.class)))
			.list();
	}

	/**
	 * The virtual places where the service is delivered; a url other than http(s) is not
	 * given as a link.
	 */
	public List<OnlinePlace> onlinePlaces(UUID service) {
		return this.jdbc
			.sql("""
					select v.name, v.url from service_at_virtual_location sv join virtual_location v on v.id = sv.location_id
					where sv.service_id = ? order by v.name, v.id""")
			.param(service)
			.query((rs, row) -> {
				String url = rs.getString("url");
				boolean web = url != null && url.matches("(?i)^https?://\\S+$");
				return new OnlinePlace(rs.getString("name"), web ? url : null);
			})
			.list();
	}

	/**
	 * The contacts of the service, of its organisation and of its public places (with an
	 * address or virtual).
	 */
	public List<ServiceContact> contacts(UUID service) {
		return this.jdbc.sql("""
				select distinct c.name, c.title, c.department, c.email, c.service_id is null as general
				from contact c join service s on s.id = ?
				where c.service_id = s.id or c.organization_id = s.organization_id
					or c.location_id in (select sal.location_id from service_at_location sal
						join location l on l.id = sal.location_id where sal.service_id = s.id and not l.confidential)
					or c.virtual_location_id in (select location_id from service_at_virtual_location
						where service_id = s.id)
				order by general, c.name, c.email""")
			.param(service)
			.query((rs, row) -> new ServiceContact(rs.getString("name"), rs.getString("title"),
					rs.getString("department"), rs.getString("email")))
			.list();
	}

	/** The opening hours that hold today (not those outside their validity). */
	public List<OpeningHours> current(List<OpeningHours> hours) {
		LocalDate today = LocalDate.now(this.clock.withZone(BRUSSELS));
		return hours.stream().filter((slot) -> slot.validOn(today)).toList();
	}

	/**
	 * The places a service covers by name in the reader's language: bassins, communes,
	 * quartiers (the official name when the quartier table is loaded, else "Auderghem,
	 * quartier 1" for a code {@code Q21002-1}); other codes as they are.
	 */
	public List<String> areaNames(ServiceDetails service, Locale locale) {
		return service.areaCodes().stream().map((code) -> switch (service.areaLevel()) {
			case BASSIN ->
				this.territory.bassin(code).map((bassin) -> bassin.bassin().name().in(locale).text()).orElse(code);
			case COMMUNE -> communeName(code, locale).orElse(code);
			case QUARTIER -> this.territory.quartierName(code)
				.map((name) -> name.in(locale).text())
				.orElseGet(() -> quartierOfCommune(code, locale));
			default -> code;
		}).toList();
	}

	private java.util.Optional<String> communeName(String nis, Locale locale) {
		return this.territory.communes()
			.stream()
			.filter((commune) -> commune.nis().equals(nis))
			.findFirst()
			.map((commune) -> commune.name().in(locale).text());
	}

	private String quartierOfCommune(String code, Locale locale) {
		java.util.regex.Matcher parts = QUARTIER_CODE.matcher(code);
		if (!parts.matches()) {
			return code;
		}
		return communeName(parts.group(1), locale)
			.map((commune) -> this.messages.getMessage("directory.area.quartierOf",
					new Object[] { commune, parts.group(2) }, code, locale))
			.orElse(code);
	}

	private static final java.util.regex.Pattern QUARTIER_CODE = java.util.regex.Pattern
		.compile("^Q(21[0-9]{3})-([0-9]+)$");

	/** The names of languages, in the reader's language. */
	public List<String> languageNames(List<String> codes, Locale locale) {
		return codes.stream().map((code) -> languageName(code, this.messages, locale)).toList();
	}

	/**
	 * A language's name in the reader's language: the directory's own name when it has
	 * one, else Java's name of the ISO code ({@code ur}, {@code ur_fr}, {@code urd}),
	 * else the code.
	 */
	private static String languageName(String code, MessageSource messages, Locale locale) {
		String own = messages.getMessage("directory.spoken." + code, null, null, locale);
		if (own != null) {
			return own;
		}
		String language = code.strip().split("[-_]")[0];
		String name = Locale.of(language).getDisplayLanguage(locale);
		return (name.isEmpty() || name.equalsIgnoreCase(language)) ? code : name;
	}

}
