/// A rectangle on the canvas.
public struct Box: Equatable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public func overlaps(_ other: Box) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
    }

    func inside(width canvasWidth: Double, height canvasHeight: Double) -> Bool {
        x >= 0 && y >= 0 && x + width <= canvasWidth && y + height <= canvasHeight
    }
}

/// Chooses which node labels to draw, and where, so that no two drawn labels overlap each
/// other or another node: in order of priority, each label tries the right of its node, then
/// the left, above, below and the four corners, and is left to hover when none is free.
public struct LabelPlacement: Sendable {
    /// One node: where it is, how large, and its label.
    public struct Node: Sendable {
        public var centre: Point
        public var radius: Double
        public var label: String

        public init(centre: Point, radius: Double, label: String) {
            self.centre = centre
            self.radius = radius
            self.label = label
        }
    }

    public var width: Double
    public var height: Double
    public var fontSize: Double
    /// At most this many labels are drawn.
    public var limit: Int

    public init(width: Double, height: Double, fontSize: Double = 11, limit: Int = 40) {
        self.width = width
        self.height = height
        self.fontSize = fontSize
        self.limit = limit
    }

    /// The text box of each node that gets a label, by the node's index; `nodes` in order of
    /// priority (most connected first).
    public func place(_ nodes: [Node]) -> [Int: Box] {
        let circles = nodes.map { Box(x: $0.centre.x - $0.radius, y: $0.centre.y - $0.radius, width: 2 * $0.radius, height: 2 * $0.radius) }
        var placed: [Int: Box] = [:]
        var taken: [Box] = []
        for (index, node) in nodes.enumerated() where placed.count < limit {
            let textWidth = Self.estimatedWidth(node.label, fontSize: fontSize)
            let gap = 3.0
            let c = node.centre
            let r = node.radius
            let candidates = [
                Box(x: c.x + r + gap, y: c.y - fontSize / 2, width: textWidth, height: fontSize),
                Box(x: c.x - r - gap - textWidth, y: c.y - fontSize / 2, width: textWidth, height: fontSize),
                Box(x: c.x - textWidth / 2, y: c.y - r - gap - fontSize, width: textWidth, height: fontSize),
                Box(x: c.x - textWidth / 2, y: c.y + r + gap, width: textWidth, height: fontSize),
                // Then the corners, for a node in a crowd.
                Box(x: c.x + r, y: c.y - r - fontSize, width: textWidth, height: fontSize),
                Box(x: c.x + r, y: c.y + r, width: textWidth, height: fontSize),
                Box(x: c.x - r - textWidth, y: c.y - r - fontSize, width: textWidth, height: fontSize),
                Box(x: c.x - r - textWidth, y: c.y + r, width: textWidth, height: fontSize),
            ]
            let free = candidates.first { box in
                box.inside(width: width, height: height) && !taken.contains { $0.overlaps(box) }
                    && !circles.enumerated().contains { $0.offset != index && $0.element.overlaps(box) }
            }
            if let free {
                placed[index] = free
                taken.append(free)
            }
        }
        return placed
    }

    /// A generous estimate of the width of `text` in a sans-serif face: wide enough that real
    /// glyphs fit inside the box whose overlap is checked.
    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.62
    }
}
