from sqlalchemy import MetaData, Table, Column, Integer, String, Index
metadata = MetaData()
Table("utilisateurs", metadata, Column("id", Integer, primary_key=True), Column("nom", String(80), nullable=False), Column("ville", String(80)))
Table("commandes", metadata, Column("id", Integer, primary_key=True), Column("montant_€", Integer))
