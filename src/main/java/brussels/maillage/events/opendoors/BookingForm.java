package brussels.maillage.events.opendoors;

/**
 * What a professional typed in the booking form, kept when it is shown again; its rules
 * are the booking's own ({@link BookingService}).
 *
 * @param name name
 * @param email e-mail
 * @param profession profession
 * @param language language of the confirmation, {@code fr} when none is sent
 */
record BookingForm(String name, String email, String profession, String language) {

	BookingForm {
		name = (name != null) ? name : "";
		email = (email != null) ? email : "";
		profession = (profession != null) ? profession : "";
		language = (language != null) ? language : "fr";
	}

	OpenDoors.Booking booking() {
		return new OpenDoors.Booking(this.name, this.email, this.profession, this.language);
	}

}
