package brussels.maillage.directory.services;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;

/**
 * What an editor types in the service form: text exactly as typed, so that a form sent
 * back with errors keeps everything.
 */
public class ServiceForm extends ServiceTexts {

	/** Empty opening-hours rows offered below the filled ones. */
	static final int SPARE_HOURS = 3;

	private String status = ServiceStatus.ACTIVE.name();

	private String kind = ServiceKind.SERVICE.name();

	private String cost = Cost.FREE.name();

	private String url = "";

	private String email = "";

	private String phones = "";

	private String minimumAge = "";

	private String maximumAge = "";

	private List<String> languages = new ArrayList<>(List.of("fr", "nl"));

	private List<String> targetGroups = new ArrayList<>();

	private List<String> themeCodes = new ArrayList<>();

	private List<String> locationIds = new ArrayList<>();

	private String areaLevel = AreaLevel.COMMUNE.name();

	private List<String> areaBassins = new ArrayList<>();

	private List<String> areaCommunes = new ArrayList<>();

	private String areaQuartiers = "";

	private List<HoursRow> hours = new ArrayList<>();

	private String internalNote = "";

	private boolean verified;

	/** A new form with empty opening-hours rows. */
	public ServiceForm() {
		padHours();
	}

	/** The form filled with a service as it is. */
	static ServiceForm of(EditableService editable) {
		ServiceDetails s = editable.details();
		ServiceForm form = new ServiceForm();
		form.fillTexts(s);
		form.status = s.status().name();
		form.kind = s.kind().name();
		form.cost = s.cost().name();
		form.url = orEmpty(s.url());
		form.email = orEmpty(s.email());
		form.phones = String.join("\n", s.phones().stream().map(ServicePhone::number).toList());
		form.minimumAge = (s.minimumAge() != null) ? s.minimumAge().toString() : "";
		form.maximumAge = (s.maximumAge() != null) ? s.maximumAge().toString() : "";
		form.languages = new ArrayList<>(s.languages());
		form.targetGroups = new ArrayList<>(s.targetGroups());
		form.themeCodes = new ArrayList<>(s.themes().stream().map(Theme::code).toList());
		form.locationIds = new ArrayList<>(editable.locationIds().stream().map(Object::toString).toList());
		form.areaLevel = s.areaLevel().name();
		switch (s.areaLevel()) {
			case BASSIN -> form.areaBassins = new ArrayList<>(s.areaCodes());
			case COMMUNE -> form.areaCommunes = new ArrayList<>(s.areaCodes());
			case QUARTIER -> form.areaQuartiers = String.join(", ", s.areaCodes());
			default -> {
			}
		}
		form.hours = new ArrayList<>();
		for (OpeningHours hours : s.openingHours()) {
			form.hours.add(new HoursRow(hours.day().name(), hours.opensAt().toString(), hours.closesAt().toString()));
		}
		form.padHours();
		form.internalNote = orEmpty(editable.internalNote());
		return form;
	}

	/** Adds empty rows so that a few more opening hours can be typed. */
	void padHours() {
		this.hours.removeIf(HoursRow::isEmpty);
		for (int i = 0; i < SPARE_HOURS; i++) {
			this.hours.add(new HoursRow());
		}
	}

	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getCost() {
		return this.cost;
	}

	public void setCost(String cost) {
		this.cost = cost;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhones() {
		return this.phones;
	}

	public void setPhones(String phones) {
		this.phones = phones;
	}

	public String getMinimumAge() {
		return this.minimumAge;
	}

	public void setMinimumAge(String minimumAge) {
		this.minimumAge = minimumAge;
	}

	public String getMaximumAge() {
		return this.maximumAge;
	}

	public void setMaximumAge(String maximumAge) {
		this.maximumAge = maximumAge;
	}

	public List<String> getLanguages() {
		return this.languages;
	}

	public void setLanguages(List<String> languages) {
		this.languages = languages;
	}

	public List<String> getTargetGroups() {
		return this.targetGroups;
	}

	public void setTargetGroups(List<String> targetGroups) {
		this.targetGroups = targetGroups;
	}

	public List<String> getThemeCodes() {
		return this.themeCodes;
	}

	public void setThemeCodes(List<String> themeCodes) {
		this.themeCodes = themeCodes;
	}

	public List<String> getLocationIds() {
		return this.locationIds;
	}

	public void setLocationIds(List<String> locationIds) {
		this.locationIds = locationIds;
	}

	public String getAreaLevel() {
		return this.areaLevel;
	}

	public void setAreaLevel(String areaLevel) {
		this.areaLevel = areaLevel;
	}

	public List<String> getAreaBassins() {
		return this.areaBassins;
	}

	public void setAreaBassins(List<String> areaBassins) {
		this.areaBassins = areaBassins;
	}

	public List<String> getAreaCommunes() {
		return this.areaCommunes;
	}

	public void setAreaCommunes(List<String> areaCommunes) {
		this.areaCommunes = areaCommunes;
	}

	public String getAreaQuartiers() {
		return this.areaQuartiers;
	}

	public void setAreaQuartiers(String areaQuartiers) {
		this.areaQuartiers = areaQuartiers;
	}

	public List<HoursRow> getHours() {
		return this.hours;
	}

	public void setHours(List<HoursRow> hours) {
		this.hours = hours;
	}

	public String getInternalNote() {
		return this.internalNote;
	}

	public void setInternalNote(String internalNote) {
		this.internalNote = internalNote;
	}

	public boolean isVerified() {
		return this.verified;
	}

	public void setVerified(boolean verified) {
		this.verified = verified;
	}

}
