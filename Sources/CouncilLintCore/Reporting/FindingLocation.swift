extension Finding {
    /// "path:line:column", the form editors and terminals jump to.
    var locationDescription: String {
        "\(path):\(range.start.line):\(range.start.column)"
    }
}
