package brussels.maillage.directory.services;

import java.time.LocalTime;

/** One row of opening hours as typed: a day and two times ({@code HH:mm}). */
public class HoursRow {

	private String day = "";

	private String opens = "";

	private String closes = "";

	public HoursRow() {
	}

	HoursRow(String day, String opens, String closes) {
		this.day = day;
		this.opens = opens;
		this.closes = closes;
	}

	boolean isEmpty() {
		return ServiceForm.blankToNull(this.day) == null && ServiceForm.blankToNull(this.opens) == null
				&& ServiceForm.blankToNull(this.closes) == null;
	}

	static LocalTime time(String value) {
		return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getOpens() {
		return this.opens;
	}

	public void setOpens(String opens) {
		this.opens = opens;
	}

	public String getCloses() {
		return this.closes;
	}

	public void setCloses(String closes) {
		this.closes = closes;
	}

}
