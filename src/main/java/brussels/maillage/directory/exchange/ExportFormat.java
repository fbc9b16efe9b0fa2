package brussels.maillage.directory.exchange;

/** The files the directory can be exported as. */
enum ExportFormat {

	/** An Open Referral HSDS 3.1 tabular data package (zip). */
	HSDS("application/zip", "zip"),
	/** One CSV table of services, one row per service. */
	CSV("text/csv;charset=UTF-8", "csv"),
	/** The same table as an Excel workbook. */
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	private final String mediaType;

	private final String extension;

	ExportFormat(String mediaType, String extension) {
		this.mediaType = mediaType;
		this.extension = extension;
	}

	String mediaType() {
		return this.mediaType;
	}

	String extension() {
		return this.extension;
	}

	static ExportFormat of(String value) {
		for (ExportFormat format : values()) {
			if (format.name().equalsIgnoreCase(value)) {
				return format;
			}
		}
		return null;
	}

}
