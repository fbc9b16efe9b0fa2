package brussels.maillage.directory.organizations;

import brussels.maillage.directory.ServiceLocation;

/** What an editor types in the form of a place. */
class LocationForm {

	private String name = "";

	private String address = "";

	private String postcode = "";

	private String city = "";

	private String communeNis = "";

	private String latitude = "";

	private String longitude = "";

	private boolean confidential;

	public static LocationForm of(ServiceLocation location) {
		LocationForm form = new LocationForm();
		form.name = (location.name() != null) ? location.name() : "";
		form.address = location.address();
		form.postcode = location.postcode();
		form.city = location.city();
		form.communeNis = location.communeNis();
		form.latitude = (location.latitude() != null) ? location.latitude().toString() : "";
		form.longitude = (location.longitude() != null) ? location.longitude().toString() : "";
		form.confidential = location.confidential();
		return form;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPostcode() {
		return this.postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCommuneNis() {
		return this.communeNis;
	}

	public void setCommuneNis(String communeNis) {
		this.communeNis = communeNis;
	}

	public String getLatitude() {
		return this.latitude;
	}

	public void setLatitude(String latitude) {
		this.latitude = latitude;
	}

	public String getLongitude() {
		return this.longitude;
	}

	public void setLongitude(String longitude) {
		this.longitude = longitude;
	}

	public boolean isConfidential() {
		return this.confidential;
	}

	public void setConfidential(boolean confidential) {
		this.confidential = confidential;
	}

}
