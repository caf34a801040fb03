/// Makes any text safe inside XML 1.0 content or a quoted attribute value.
enum XMLEscaping {
    static func escapedText(_ text: String) -> String { escaped(text, inAttribute: false) }

    static func escapedAttribute(_ text: String) -> String { escaped(text, inAttribute: true) }

    /// Escapes the markup characters and quotes, writes line breaks and tabs in attributes as character
    /// references (a parser would fold them to spaces) and drops what XML 1.0 cannot carry at all.
    private static func escaped(_ text: String, inAttribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            case "\n" where inAttribute: out += "&#10;"
            case "\t" where inAttribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where isAllowed(scalar): out.unicodeScalars.append(scalar)
            default: continue
            }
        }
        return out
    }

    /// XML 1.0's `Char` production; Swift strings never hold surrogates.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
    }
}
