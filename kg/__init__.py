"""kg: a knowledge graph of China's quality-infrastructure actors, built from news articles."""

__version__ = "0.1.0"
