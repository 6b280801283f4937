import BriefingCLI

BriefingCommand.main()
