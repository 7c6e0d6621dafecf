@testable import Extraction
import Foundation
import Testing

@Test("probe") func probe() throws {
    guard let text = try? String(contentsOfFile: "/tmp/xprobe.txt", encoding: .utf8) else { return }
    for block in text.components(separatedBy: "\n---\n") {
        var lines = block.split(separator: "\n", omittingEmptySubsequences: false)
        let date = String(lines.removeFirst())
        let body = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        print("=== \(date) \(body)\n\(extract(body, on: date).summary)")
    }
}
