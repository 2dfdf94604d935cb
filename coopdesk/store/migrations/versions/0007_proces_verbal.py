"""signable procès-verbal: meeting kinds, chair, convocation, closing time, quorum rules
and proxies, votes per decision, extra signatories

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 01:29:20.056019

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=40)


def upgrade() -> None:
    """Upgrade schema. Additive only (SYNC.md): existing rows get the defaults the models
    give a new row, so a meeting stays a compte rendu ("other") whose quorum follows its
    project, and a decision's vote is read from its counts as before."""
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signs_minutes', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))

    with op.batch_alter_table('decision', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vote_kind', _enum('votekind', 'none', 'unanimous',
                                                         'counted'),
                                      nullable=False, server_default='none'))
        batch_op.add_column(sa.Column('votes_not_taking_part', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('outcome', _enum('decisionoutcome', 'adopted',
                                                       'rejected'),
                                      nullable=False, server_default='adopted'))
        batch_op.add_column(sa.Column('secret_ballot', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('named_votes', sa.Text(), nullable=False,
                                      server_default=''))

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kind', _enum(
            'meetingkind', 'ordinary_general_assembly', 'extraordinary_general_assembly',
            'board', 'bureau', 'steering_committee', 'working_meeting', 'other'),
            nullable=False, server_default='other'))
        batch_op.add_column(sa.Column('president_person_id', sa.String(length=36),
                                      nullable=True))
        batch_op.add_column(sa.Column('convened_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('convened_by_person_id', sa.String(length=36),
                                      nullable=True))
        batch_op.add_column(sa.Column('convocation_means', _enum(
            'convocationmeans', 'email', 'letter', 'email_and_letter'),
            nullable=False, server_default='email'))
        batch_op.add_column(sa.Column('closed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('quorum_overridden', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column('quorum', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('quorum_numerator', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('quorum_denominator', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('max_proxies', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_meeting_president_person_id_person'),
                                    'person', ['president_person_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_meeting_convened_by_person_id_person'),
                                    'person', ['convened_by_person_id'], ['id'])

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quorum_numerator', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('quorum_denominator', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('max_proxies', sa.Integer(), nullable=True))

    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        # Every partner votes as its role says: the lead and the partners; funders and
        # supporters, which the quorum used to count, no longer do unless told so.
        batch_op.add_column(sa.Column('voting', _enum('votingright', 'by_role', 'votes',
                                                      'no_vote'),
                                      nullable=False, server_default='by_role'))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('project_partner', schema=None) as batch_op:
        batch_op.drop_column('voting')

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_column('max_proxies')
        batch_op.drop_column('quorum_denominator')
        batch_op.drop_column('quorum_numerator')

    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_meeting_convened_by_person_id_person'),
                                 type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_meeting_president_person_id_person'),
                                 type_='foreignkey')
        for column in ('max_proxies', 'quorum_denominator', 'quorum_numerator', 'quorum',
                       'quorum_overridden', 'closed_at', 'convocation_means',
                       'convened_by_person_id', 'convened_on', 'president_person_id',
                       'kind'):
            batch_op.drop_column(column)

    with op.batch_alter_table('decision', schema=None) as batch_op:
        for column in ('named_votes', 'secret_ballot', 'outcome', 'votes_not_taking_part',
                       'vote_kind'):
            batch_op.drop_column(column)

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_column('signs_minutes')
