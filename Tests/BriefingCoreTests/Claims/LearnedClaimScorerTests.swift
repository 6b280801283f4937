import Foundation
import Testing
@testable import BriefingCore

/// The check-worthiness model that ships: it loads, it ranks what a fact-checker would check
/// above what nobody would, and its weights survive the format they ship in.
@Suite("Learned check-worthiness")
struct LearnedClaimScorerTests {
    func score(_ sentence: String, with scorer: LearnedClaimScorer) -> Double {
        let text = TokenizedText(sentence)
        return scorer.score(text, tokens: 0..<text.tokens.count).score
    }

    @Test func theShippedModelLoads() throws {
        let model = try #require(LearnedClaimScorer.shipped, "ClaimModelData does not decode")
        #expect(model.threshold > 0 && model.threshold < 1)
        #expect(model.mix > 0 && model.mix <= 1)
    }

    @Test func aNumberedFactOutranksSmallTalk() throws {
        let model = try #require(LearnedClaimScorer.shipped)
        let fact = score("Unemployment fell to 4.9 percent last year, the lowest rate since 2008.", with: model)
        let talk = score("Well, I think that's a very interesting question and I'm glad you asked it.", with: model)
        #expect(fact > talk, "fact \(fact), talk \(talk)")
        #expect(fact >= model.threshold)
    }

    @Test func whatTheRulesRuleOutStaysOut() throws {
        let model = try #require(LearnedClaimScorer.shipped)
        for sentence in ["Thank you very much.", "Good evening, everyone.", "Will the minister resign?"] {
            #expect(score(sentence, with: model) < model.threshold, "\(sentence)")
        }
    }

    @Test func aPositionTheRulesKeepIsAClaim() throws {
        let model = try #require(LearnedClaimScorer.shipped)
        #expect(score("The president has definitively stated that troops will not be on the ground in Valdoria.", with: model) >= model.threshold)
    }

    @Test func weightsSurviveTheShippedFormat() throws {
        var weights = [Float](repeating: 0, count: ClaimFeatures.count)
        weights[7] = 1.5
        weights[ClaimFeatures.count - 1] = -0.75
        let original = LearnedClaimScorer(weights: weights, bias: -2, threshold: 0.3, mix: 0.8)
        let decoded = try #require(LearnedClaimScorer(encoded: original.encode()))
        #expect(abs(decoded.threshold - 0.3) < 1e-6 && decoded.bias == -2)
        #expect(abs(decoded.mix - 0.8) < 1e-6)
        #expect(abs(decoded.weights[7] - 1.5) < 0.02)
        #expect(abs(decoded.weights[ClaimFeatures.count - 1] + 0.75) < 0.02)
        #expect(LearnedClaimScorer(encoded: "not a model") == nil)
    }
}
