package brussels.maillage.directory;

/** Whether a service can be used now; each maps to an HSDS 3.1 status. */
public enum ServiceStatus {

	ACTIVE("active"), TEMPORARILY_CLOSED("inactive"), CLOSED("defunct");

	private final String hsds;

	ServiceStatus(String hsds) {
		this.hsds = hsds;
	}

	/** The HSDS 3.1 status value. */
	public String hsds() {
		return this.hsds;
	}

	public String code() {
		return name().toLowerCase();
	}

	public static ServiceStatus of(String code) {
		return valueOf(code.toUpperCase());
	}

}
