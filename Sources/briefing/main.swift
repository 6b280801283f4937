import BriefingCLI
import BriefingCore

MallocArenas.limit()
BriefingCommand.main()
