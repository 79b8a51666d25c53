from kgprobe.cli.main import main
import sys

if __name__ == "__main__":  # vLLM's spawned workers import the main module again
    sys.exit(main())
