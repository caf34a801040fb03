import CouncilLintCore
print("councillint")
