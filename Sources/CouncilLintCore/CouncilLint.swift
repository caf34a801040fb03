/// Facts about the tool itself, for outputs that name it (SARIF, JUnit).
public enum CouncilLint {
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/councillint/councillint"
}
