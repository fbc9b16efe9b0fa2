package brussels.maillage.territory;

/** Thrown when a postcode is not one of the Brussels-Capital Region's. */
public class UnknownPostcodeException extends IllegalArgumentException {

	private final String postcode;

	UnknownPostcodeException(String postcode) {
		super("Postcode " + postcode + " is not a postcode of the Brussels-Capital Region");
		this.postcode = postcode;
	}

	/** The postcode asked for. */
	public String postcode() {
		return this.postcode;
	}

}
