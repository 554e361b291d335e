"""Run docsearch from a checkout: `python cli.py ask "what was said about Lutterworth beds"`."""

from docsearch.cli import main

if __name__ == "__main__":
    main()
