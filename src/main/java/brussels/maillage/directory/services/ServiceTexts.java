package brussels.maillage.directory.services;

import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.system.LocalizedText;

/**
 * The texts of the service form in French, Dutch and English, exactly as typed: the part
 * of {@link ServiceForm} that every translated field shares.
 */
public abstract class ServiceTexts {

	private String nameFr = "";

	private String nameNl = "";

	private String nameEn = "";

	private String descriptionFr = "";

	private String descriptionNl = "";

	private String descriptionEn = "";

	private String eligibilityFr = "";

	private String eligibilityNl = "";

	private String eligibilityEn = "";

	private String applicationProcessFr = "";

	private String applicationProcessNl = "";

	private String applicationProcessEn = "";

	private String feesFr = "";

	private String feesNl = "";

	private String feesEn = "";

	/** Fills the texts with a service's as they are. */
	void fillTexts(ServiceDetails s) {
		this.nameFr = orEmpty(s.name().fr());
		this.nameNl = orEmpty(s.name().nl());
		this.nameEn = orEmpty(s.name().en());
		this.descriptionFr = orEmpty(s.description().fr());
		this.descriptionNl = orEmpty(s.description().nl());
		this.descriptionEn = orEmpty(s.description().en());
		this.eligibilityFr = orEmpty(s.eligibility().fr());
		this.eligibilityNl = orEmpty(s.eligibility().nl());
		this.eligibilityEn = orEmpty(s.eligibility().en());
		this.applicationProcessFr = orEmpty(s.applicationProcess().fr());
		this.applicationProcessNl = orEmpty(s.applicationProcess().nl());
		this.applicationProcessEn = orEmpty(s.applicationProcess().en());
		this.feesFr = orEmpty(s.feesDescription().fr());
		this.feesNl = orEmpty(s.feesDescription().nl());
		this.feesEn = orEmpty(s.feesDescription().en());
	}

	LocalizedText name() {
		return LocalizedText.of(ServiceForm.blankToNull(this.nameFr), ServiceForm.blankToNull(this.nameNl),
				ServiceForm.blankToNull(this.nameEn));
	}

	LocalizedText description() {
		return LocalizedText.of(ServiceForm.blankToNull(this.descriptionFr),
				ServiceForm.blankToNull(this.descriptionNl), ServiceForm.blankToNull(this.descriptionEn));
	}

	LocalizedText eligibility() {
		return LocalizedText.of(ServiceForm.blankToNull(this.eligibilityFr),
				ServiceForm.blankToNull(this.eligibilityNl), ServiceForm.blankToNull(this.eligibilityEn));
	}

	LocalizedText applicationProcess() {
		return LocalizedText.of(ServiceForm.blankToNull(this.applicationProcessFr),
				ServiceForm.blankToNull(this.applicationProcessNl), ServiceForm.blankToNull(this.applicationProcessEn));
	}

	LocalizedText fees() {
		return LocalizedText.of(ServiceForm.blankToNull(this.feesFr), ServiceForm.blankToNull(this.feesNl),
				ServiceForm.blankToNull(this.feesEn));
	}

	public String getNameFr() {
		return this.nameFr;
	}

	public void setNameFr(String nameFr) {
		this.nameFr = nameFr;
	}

	public String getNameNl() {
		return this.nameNl;
	}

	public void setNameNl(String nameNl) {
		this.nameNl = nameNl;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getDescriptionFr() {
		return this.descriptionFr;
	}

	public void setDescriptionFr(String descriptionFr) {
		this.descriptionFr = descriptionFr;
	}

	public String getDescriptionNl() {
		return this.descriptionNl;
	}

	public void setDescriptionNl(String descriptionNl) {
		this.descriptionNl = descriptionNl;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getEligibilityFr() {
		return this.eligibilityFr;
	}

	public void setEligibilityFr(String eligibilityFr) {
		this.eligibilityFr = eligibilityFr;
	}

	public String getEligibilityNl() {
		return this.eligibilityNl;
	}

	public void setEligibilityNl(String eligibilityNl) {
		this.eligibilityNl = eligibilityNl;
	}

	public String getEligibilityEn() {
		return this.eligibilityEn;
	}

	public void setEligibilityEn(String eligibilityEn) {
		this.eligibilityEn = eligibilityEn;
	}

	public String getApplicationProcessFr() {
		return this.applicationProcessFr;
	}

	public void setApplicationProcessFr(String applicationProcessFr) {
		this.applicationProcessFr = applicationProcessFr;
	}

	public String getApplicationProcessNl() {
		return this.applicationProcessNl;
	}

	public void setApplicationProcessNl(String applicationProcessNl) {
		this.applicationProcessNl = applicationProcessNl;
	}

	public String getApplicationProcessEn() {
		return this.applicationProcessEn;
	}

	public void setApplicationProcessEn(String applicationProcessEn) {
		this.applicationProcessEn = applicationProcessEn;
	}

	public String getFeesFr() {
		return this.feesFr;
	}

	public void setFeesFr(String feesFr) {
		this.feesFr = feesFr;
	}

	public String getFeesNl() {
		return this.feesNl;
	}

	public void setFeesNl(String feesNl) {
		this.feesNl = feesNl;
	}

	public String getFeesEn() {
		return this.feesEn;
	}

	public void setFeesEn(String feesEn) {
		this.feesEn = feesEn;
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
