/// Padded columns for a terminal: a header, a dashed rule under it, numbers right-aligned.
///
/// ```
/// id  date        location     mode
/// --  ----------  -----------  ---------
///  1  2022-05-18  White House  in_person
/// ```
///
/// Given a width (the terminal's), a table wider than it is fitted to it: the wide text columns
/// are narrowed (see `fit`) and their cells wrapped at spaces (a word longer than its column is
/// cut) onto as many lines as they need. Numbers and headers are never cut.
enum TableRenderer {
    static let gap = "  "
    /// Text columns up to this wide are narrowed only when the others cannot give enough room.
    static let comfortable = 16
    /// No text column is narrowed below this, or its header, whichever is wider.
    static let narrowest = 8

    static func render<Row>(_ rows: [Row], columns: [Column<Row>], width: Int? = nil) -> String {
        let cells = rows.map { row in columns.map { clean($0.value(row).text) } }
        var widths = columns.indices.map { index in
            cells.reduce(columns[index].name.count) { max($0, Terminal.visibleCount($1[index])) }
        }
        if let width { fit(&widths, columns: columns, into: width) }
        var lines = [line(columns.map(\.name), columns, widths), line(widths.map { String(repeating: "-", count: $0) }, columns, widths)]
        for row in cells {
            let wrapped = row.indices.map { wrap(row[$0], to: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height {
                lines.append(line(wrapped.map { index < $0.count ? $0[index] : "" }, columns, widths))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fits the columns into `width`: text columns wider than `comfortable` share the room left
    /// in proportion to their natural widths (a column whose share exceeds its width keeps its
    /// width, and gives the rest to the others), never narrower than `comfortable`; if that is
    /// still too wide, the widest text column is narrowed one character at a time, down to
    /// `narrowest` or its header. Numbers are never narrowed.
    private static func fit<Row>(_ widths: inout [Int], columns: [Column<Row>], into width: Int) {
        let gaps = gap.count * max(0, widths.count - 1)
        guard widths.reduce(0, +) + gaps > width else { return }
        var wide = widths.indices.filter { !columns[$0].isNumeric && widths[$0] > comfortable }
        var room = width - gaps - widths.indices.filter { !wide.contains($0) }.map { widths[$0] }.reduce(0, +)
        while !wide.isEmpty {
            let natural = wide.map { widths[$0] }.reduce(0, +)
            let shares = wide.map { max(comfortable, room * widths[$0] / max(1, natural)) }
            if let kept = zip(wide, shares).first(where: { widths[$0.0] <= $0.1 }) {
                room -= widths[kept.0]
                wide.removeAll { $0 == kept.0 }
                continue
            }
            for (index, share) in zip(wide, shares) { widths[index] = share }
            break
        }
        let floor = columns.map { $0.isNumeric ? Int.max : max(narrowest, $0.name.count) }
        var total = widths.reduce(0, +) + gaps
        while total > width {
            guard let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            total -= 1
        }
    }

    /// `text` in lines of at most `width` characters, broken at spaces where it can be, then
    /// after a `/` or `-`.
    static func wrap(_ text: String, to width: Int) -> [String] {
        guard Terminal.visibleCount(text) > width, width > 0 else { return [text] }
        return text.contains(Terminal.boldOn) ? balanceBold(plainWrap(text, to: width)) : plainWrap(text, to: width)
    }

    /// Bold that runs past the end of a line is turned off there and on again on the next, so
    /// that it never spills into the padding or the next column.
    private static func balanceBold(_ lines: [String]) -> [String] {
        var bold = false
        return lines.map { line in
            let text = (bold ? Terminal.boldOn : "") + line
            // Bold at the end of the line when its last switch turns it on.
            let on = text.range(of: Terminal.boldOn, options: .backwards)?.lowerBound
            let off = text.range(of: Terminal.boldOff, options: .backwards)?.lowerBound
            bold = on.map { on in off.map { on > $0 } ?? true } ?? false
            return bold ? text + Terminal.boldOff : text
        }
    }

    private static func plainWrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = Substring(word)
            if !current.isEmpty, Terminal.visibleCount(current) + 1 + Terminal.visibleCount(String(word)) <= width {
                current += " " + word
                continue
            }
            if !current.isEmpty { lines.append(current) }
            // A word cut anywhere loses its bold rather than have a sequence cut in two.
            if Terminal.visibleCount(String(word)) > width, word.contains("\u{1B}") { word = Substring(Terminal.plain(String(word))) }
            while word.count > width {
                // A path or a hyphenated word breaks after its last / or - that fits, else anywhere.
                let head = word.prefix(width)
                let cut = head.lastIndex { $0 == "/" || $0 == "-" }.map { head.distance(from: head.startIndex, to: $0) + 1 } ?? width
                lines.append(String(word.prefix(cut)))
                word = word.dropFirst(cut)
            }
            current = String(word)
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    private static func line<Row>(_ values: [String], _ columns: [Column<Row>], _ widths: [Int]) -> String {
        var text = ""
        for (index, value) in values.enumerated() {
            let padding = String(repeating: " ", count: max(0, widths[index] - Terminal.visibleCount(value)))
            if index > 0 { text += gap }
            text += columns[index].isNumeric ? padding + value : value + padding
        }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// A cell holds one line: line breaks and tabs become spaces.
    private static func clean(_ value: String) -> String {
        guard value.contains(where: { $0.isNewline || $0 == "\t" }) else { return value }
        return String(value.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
