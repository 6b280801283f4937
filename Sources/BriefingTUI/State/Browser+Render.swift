import BriefingCore

extension Browser {
    /// Draws the whole screen for the current state and size.
    public func render() -> ScreenBuffer {
        var screen = ScreenBuffer(width: width, height: height)
        let layout = self.layout
        if layout.isTooSmall {
            let lines = ["Terminal too small: \(width)×\(height)", "briefing needs at least \(Layout.minimumWidth)×\(Layout.minimumHeight)", "q quits"]
            for (i, line) in lines.enumerated() {
                let y = height / 2 - 1 + i
                screen.write(line, x: max(0, (width - DisplayWidth.of(line)) / 2), y: y, role: i == 0 ? .statusError : .default)
            }
            return screen
        }
        TimelineView.draw(self, into: &screen, rect: layout[.timeline])
        SourceView.draw(self, into: &screen, rect: layout[.source])
        ClaimsView.draw(self, into: &screen, rect: layout[.claims])
        DifferencesView.draw(self, into: &screen, rect: layout[.differences])
        StatusLine.draw(self, into: &screen, rect: layout.status)
        switch state.overlay {
        case .none: break
        case .help(let top): Overlays.drawHelp(self, top: top, into: &screen)
        case .picker(let picker): Overlays.drawPicker(picker, into: &screen)
        case .events(let overview): EventsOverviewView.draw(self, overview: overview, into: &screen)
        }
        return screen
    }
}
